// The tables of migrations/{postgres,sqlite}, in diesel's terms (the roll-ups, reached only
// through SQL text, excepted). tests/tests/api/schema.rs holds both trees to this file.

diesel::table! {
    networks (id) {
        id -> BigInt,
        name -> Text,
        archived -> Bool,
        created_at -> Timestamp,
        min_cell -> Integer,
        age_bands -> Text,
        rate_min_age -> Integer,
        rate_max_age -> Integer,
    }
}

diesel::table! {
    organisations (id) {
        id -> BigInt,
        name -> Text,
        created_at -> Timestamp,
        archived -> Bool,
        entry_age_bands -> Text,
        survey_min_responses -> Integer,
        network_min_cell -> Integer,
        digital_consent_age -> Integer,
        alias_retention_months -> Integer,
        time_zone -> Text,
        consent_text -> Text,
        default_language -> Text,
        audit_retention_months -> Integer,
        follow_up_margin -> Integer,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        organisation_id -> Nullable<BigInt>,
        network_id -> Nullable<BigInt>,
        email -> Text,
        password_hash -> Text,
        display_name -> Text,
        role -> Text,
        active -> Bool,
        created_at -> Timestamp,
        language -> Nullable<Text>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        family_id -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    units (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        unit_type -> Text,
        archived -> Bool,
        created_at -> Timestamp,
        check_in_opens_session -> Bool,
        default_open_activity_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    user_units (user_id, unit_id) {
        user_id -> BigInt,
        unit_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    topics (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        key -> Nullable<Text>,
        name -> Text,
        archived -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    activities (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        unit_id -> BigInt,
        name -> Text,
        kind -> Text,
        delivery_mode -> Text,
        platform -> Nullable<Text>,
        active_from -> Nullable<Date>,
        active_to -> Nullable<Date>,
        archived -> Bool,
        project_start -> Nullable<Date>,
        project_end -> Nullable<Date>,
        project_goals -> Nullable<Text>,
        project_target_group -> Nullable<Text>,
        project_description -> Nullable<Text>,
        project_partners -> Nullable<Text>,
        project_funding_programme -> Nullable<Text>,
        project_contact_person -> Nullable<Text>,
        created_at -> Timestamp,
        usual_start_minute -> Nullable<Integer>,
        usual_end_minute -> Nullable<Integer>,
    }
}

diesel::table! {
    activity_topics (activity_id, topic_id) {
        activity_id -> BigInt,
        topic_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        unit_id -> BigInt,
        activity_id -> BigInt,
        date -> Date,
        start_minute -> Integer,
        end_minute -> Integer,
        duration_minutes -> Integer,
        youth_led -> Bool,
        youth_producers -> Integer,
        staff_count -> Integer,
        volunteer_count -> Integer,
        notes -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        updated_by -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    attendance (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        session_id -> BigInt,
        gender -> Text,
        age_min -> Nullable<Integer>,
        age_max -> Nullable<Integer>,
        count -> Integer,
        checked_in -> Bool,
    }
}

diesel::table! {
    reflection_questions (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        text -> Text,
        translations -> Text,
        activity_kinds -> Text,
        retired -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reflection_question_units (question_id, unit_id) {
        question_id -> BigInt,
        unit_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    reflection_answers (session_id, question_id) {
        session_id -> BigInt,
        question_id -> BigInt,
        organisation_id -> BigInt,
        answer -> Text,
    }
}

diesel::table! {
    aims (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        unit_id -> Nullable<BigInt>,
        title -> Text,
        period_from -> Date,
        period_to -> Date,
        archived -> Bool,
        created_at -> Timestamp,
        template -> Nullable<Text>,
        indicators -> Text,
    }
}

diesel::table! {
    aim_plans (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        aim_id -> BigInt,
        notes -> Text,
        actions -> Text,
        written_by -> Nullable<BigInt>,
        written_at -> Timestamp,
    }
}

diesel::table! {
    session_aims (session_id, aim_id) {
        session_id -> BigInt,
        aim_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::table! {
    session_audit (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        session_id -> BigInt,
        unit_id -> BigInt,
        user_id -> BigInt,
        action -> Text,
        at -> Timestamp,
        changes -> Text,
        kiosk_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    idempotency_keys (id) {
        id -> BigInt,
        user_id -> BigInt,
        key -> Text,
        request_hash -> Text,
        session_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        organisation_id -> Nullable<BigInt>,
        kind -> Text,
        name -> Text,
        unit_id -> Nullable<BigInt>,
        language -> Text,
        token_hash -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        network_id -> Nullable<BigInt>,
        scopes -> Text,
        expires_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    aliases (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        alias -> Text,
        alias_key -> Text,
        birth_year -> Integer,
        gender -> Text,
        pin_hash -> Nullable<Text>,
        visitor_key -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    check_ins (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        session_id -> BigInt,
        alias_id -> Nullable<BigInt>,
        visitor_key -> Text,
        gender -> Text,
        age -> Integer,
        checked_in_at -> Timestamp,
    }
}

diesel::table! {
    annual_reports (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        year -> Integer,
        analysis -> Text,
        updated_by -> BigInt,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(users -> networks (network_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(units -> organisations (organisation_id));
diesel::joinable!(user_units -> users (user_id));
diesel::joinable!(user_units -> units (unit_id));
diesel::joinable!(activities -> units (unit_id));
diesel::joinable!(activity_topics -> activities (activity_id));
diesel::joinable!(activity_topics -> topics (topic_id));
diesel::joinable!(invitations -> users (user_id));
diesel::joinable!(sessions -> activities (activity_id));
diesel::joinable!(attendance -> sessions (session_id));
diesel::joinable!(reflection_answers -> sessions (session_id));
diesel::joinable!(reflection_answers -> reflection_questions (question_id));
diesel::joinable!(session_aims -> sessions (session_id));
diesel::joinable!(aim_plans -> users (written_by));
diesel::joinable!(session_audit -> users (user_id));
diesel::joinable!(api_tokens -> units (unit_id));
diesel::joinable!(check_ins -> sessions (session_id));
diesel::joinable!(check_ins -> aliases (alias_id));
diesel::allow_tables_to_appear_in_same_query!(
    aim_plans,
    network_memberships,
    network_pull_organisations,
    network_pulls,
    networks,
    organisations,
    users,
    refresh_tokens,
    units,
    user_units,
    topics,
    activities,
    activity_topics,
    invitations,
    sessions,
    attendance,
    reflection_questions,
    reflection_question_units,
    reflection_answers,
    aims,
    session_aims,
    session_audit,
    idempotency_keys,
    api_tokens,
    aliases,
    check_ins,
    annual_reports,
);

diesel::table! {
    rollups_state (filled) {
        filled -> Bool,
    }
}

diesel::table! {
    network_memberships (id) {
        id -> BigInt,
        network_id -> BigInt,
        organisation_id -> BigInt,
        status -> Text,
        invited_by -> BigInt,
        invited_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    network_pulls (id) {
        id -> BigInt,
        network_id -> BigInt,
        user_id -> BigInt,
        at -> Timestamp,
        query -> Text,
        format -> Text,
    }
}

diesel::table! {
    network_pull_organisations (pull_id, organisation_id) {
        pull_id -> BigInt,
        organisation_id -> BigInt,
    }
}

diesel::joinable!(network_memberships -> networks (network_id));
diesel::joinable!(network_memberships -> organisations (organisation_id));
diesel::joinable!(network_pulls -> networks (network_id));
diesel::joinable!(network_pulls -> users (user_id));
diesel::joinable!(network_pull_organisations -> network_pulls (pull_id));

diesel::table! {
    populations (organisation_id, year, age) {
        organisation_id -> BigInt,
        year -> Integer,
        age -> Integer,
        residents -> Integer,
    }
}

diesel::table! {
    key_figures (organisation_id, year) {
        organisation_id -> BigInt,
        year -> Integer,
        cost -> Nullable<BigInt>,
        staff -> Nullable<Double>,
        opening_weeks -> Nullable<Integer>,
    }
}

diesel::table! {
    statistics_keys (id) {
        id -> BigInt,
        cell_key_secret -> Text,
    }
}

diesel::table! {
    questionnaires (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        name -> Text,
        questions -> Text,
        ask_gender -> Bool,
        ask_age_band -> Bool,
        archived -> Bool,
        created_at -> Timestamp,
        template -> Nullable<Text>,
    }
}

diesel::table! {
    survey_rounds (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        questionnaire_id -> BigInt,
        title -> Text,
        opens_on -> Date,
        closes_on -> Date,
        closed_at -> Nullable<Timestamp>,
        language -> Text,
        form -> Text,
        link_token -> Text,
        kiosk_token -> Text,
        created_at -> Timestamp,
        settled -> Bool,
    }
}

diesel::table! {
    survey_round_units (round_id, unit_id) {
        round_id -> BigInt,
        unit_id -> BigInt,
    }
}

diesel::table! {
    survey_round_activities (round_id, activity_id) {
        round_id -> BigInt,
        activity_id -> BigInt,
    }
}

diesel::table! {
    survey_responses (id) {
        id -> BigInt,
        organisation_id -> BigInt,
        round_id -> BigInt,
        received_on -> Date,
        gender -> Nullable<Text>,
        age_min -> Nullable<Integer>,
        age_max -> Nullable<Integer>,
    }
}

diesel::table! {
    survey_answers (response_id, question, item) {
        response_id -> BigInt,
        round_id -> BigInt,
        question -> Text,
        item -> Integer,
        scale -> Nullable<Integer>,
        choice -> Nullable<Text>,
        words -> Nullable<Text>,
    }
}

diesel::table! {
    survey_devices (round_id, device_hash) {
        round_id -> BigInt,
        device_hash -> Text,
    }
}

diesel::joinable!(survey_answers -> survey_responses (response_id));
diesel::allow_tables_to_appear_in_same_query!(survey_answers, survey_responses);
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    survey_responses::gender,
    survey_responses::age_min,
    survey_responses::age_max,
    survey_answers::question,
    survey_answers::scale,
    survey_answers::choice,
);
