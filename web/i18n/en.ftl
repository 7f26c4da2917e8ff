# Logbook's texts in English: the source every other language follows.
# Ids are the code's keys with '.' written as '-'; variables are `{ $name }`.

app-name = Logbook
app-loading = Loading…
app-retry = Try again
app-close = Close

nav-home = Home
nav-me = My account
nav-logout = Sign out
nav-language = Language
nav-main = Main navigation
nav-menu = Menu

login-title = Sign in to Logbook
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-submitting = Signing in…

home-title = Welcome, { $name }
home-intro = Logbook keeps the record of your youth work: sessions, who came, and what happened.

me-title = My account
me-name = Name
me-email = E-mail address
me-role = Role
me-organisation = Organisation
me-no_organisation = None (system administrator)

not_found-title = Page not found
not_found-back = Back to the start page

role-system_admin = System administrator
role-network_admin = Network administrator
role-org_admin = Organisation administrator
role-unit_manager = Unit manager
role-youth_worker = Youth worker
role-viewer = Viewer

error-bad_request = The request could not be understood.
error-unauthorized = Please sign in again.
error-invalid_credentials = Wrong e-mail address or password.
error-token_expired = Your session has expired; please sign in again.
error-forbidden = You are not allowed to do that.
error-not_found = Not found.
error-method_not_allowed = That action is not possible here.
error-conflict = That conflicts with something that already exists.
error-payload_too_large = That is too much data at once.
error-unsupported_media_type = The request was sent in the wrong format.
error-validation_failed = Please correct the marked fields.
error-too_many_requests = Too many attempts. Please wait a moment and try again.
error-internal = Something went wrong on the server. Please try again later.
error-unavailable = The server cannot be reached. Check your connection.

field_error-email = Enter a valid e-mail address.
field_error-length = This has the wrong length.
field_error-range = This value is out of range.
field_error-required = This is required.
field_error-archived = This has been archived; choose another.
field_error-type = This value has the wrong type.

nav-structure = Structure
nav-users = People
nav-settings = Settings

home-your_units = Your units

invitation-title = Set your password
invitation-for = Welcome, { $name }! Choose a password for { $email } at { $tenant }.
invitation-password = New password (at least 10 characters)
invitation-submit = Save password
invitation-done = Your password is set. You can sign in now.
invitation-invalid = This link does not work: it was used already, has expired or is mistyped. Ask your administrator for a new one.

structure-title = Structure
structure-no_units = There are no units yet.
structure-archived = Archived
structure-archive = Archive
structure-restore = Restore
structure-add_unit = Add a unit
structure-name = Name
structure-unit_type = Type of unit
structure-activity_name = New activity
structure-kind = Kind
structure-delivery_mode = Delivery
structure-platform = Platform (e.g. Discord)
structure-add_activity = Add activity

unit_type-youth_centre = Youth centre
unit_type-meeting_place = Meeting place
unit_type-department = Department
unit_type-project_office = Project office
unit_type-other = Other

kind-open = Open activity
kind-group = Group
kind-event = Event
kind-project = Project
kind-outreach = Outreach

delivery-on_site = On site
delivery-digital = Digital
delivery-hybrid = Hybrid

users-title = People
users-name = Name
users-role = Role
users-units = Units
users-status = Status
users-whole_organisation = Whole organisation
users-pending = Invited
users-active = Active
users-inactive = Deactivated
users-new_link = New link
users-deactivate = Deactivate
users-activate = Activate
users-invite = Invite a person
users-units_hint = Units (none chosen: the whole organisation)
users-link_hint = Copy this link and give it to the person. It works once, for 7 days.

settings-title = Settings
settings-age_bands = Age bands for attendance
settings-band_min = From age
settings-band_max = To age
settings-remove_band = Remove
settings-add_band = Add a band
settings-survey_min_responses = Fewest survey answers to show results
settings-network_min_cell = Fewest young people in a cell shown to networks
settings-digital_consent_age = Digital consent age
settings-alias_retention_months = Erase unused aliases after (months)
settings-audit_retention_months = Delete audit trail entries after (months; 0 keeps them as long as the sessions)
settings-save = Save settings
settings-saved = Saved.

field_error-band_order = The upper age must not be below the lower age.
field_error-band_overlap = Bands must go upwards and must not overlap.
field_error-date_order = This date is before the start.
field_error-not_a_project = Only projects have project details.
field_error-duplicate = Listed twice.
field_error-unknown = This does not exist or is not yours to use.
field_error-taken = This is already in use.
field_error-wrong_password = This is not your current password.
field_error-not_an_organisation_role = Choose one of the organisation's roles.
field_error-org_admin_scope = An organisation administrator holds the whole organisation.

me-change_password = Change my password
me-current_password = Current password
me-password_changed = Your password is changed. Other devices have been signed out.

structure-save = Save
structure-edit = Edit
structure-close = Close
structure-topics = Topics
structure-active_from = Runs from
structure-active_to = Runs until
structure-usual_start_time = Usually starts at
structure-usual_end_time = Usually ends at

project-start_date = Project starts
project-end_date = Project ends
project-goals = Goals
project-target_group = Target group
project-description = Description
project-partners = Partners
project-funding_programme = Funding programme
project-contact_person = Contact person

topic-leisure = Leisure
topic-culture = Culture
topic-sport = Sport
topic-learning_support = Learning support
topic-counselling = Counselling
topic-information = Information
topic-volunteering = Volunteering
topic-mobility = Mobility

topics-title = Topics
topics-new = New topic
topics-add = Add topic

nav-log_session = Log a session
nav-sessions = Sessions

session-log_title = Log a session
session-no_activities = There are no activities to log for yet. Your organisation's admin adds them under Structure.
session-activity = Activity
session-date = Date
session-start = Starts
session-end = Ends
session-ends_next_day = Ends the next day (after midnight).
session-attendance = Who came
session-total = Total: { $count }
session-fewer = One less: { $cell }
session-more = One more: { $cell }
session-age_unknown = Age unknown
session-youth_led = Planned and run by young people
session-youth_led_short = Youth-led
session-youth_producers = Young people producing it
session-staff = Staff
session-volunteers = Volunteers
session-notes = Notes: what happened and why
session-aims = Works towards
session-save = Save session
session-save_changes = Save changes
session-saved = { $visits ->
    [one] Session saved ({ $visits } visit). The form is ready for the next one.
   *[other] Session saved ({ $visits } visits). The form is ready for the next one.
}
session-duplicate_last = Start from my last session
session-log_another = Log another

sessions-title = Sessions
sessions-none = No sessions yet.
sessions-all_activities = All activities
sessions-visits = { $count ->
    [one] { $count } visit
   *[other] { $count } visits
}
sessions-week = Week { $week }, { $year }
sessions-more = Show older sessions
sessions-edit_title = Change a session
sessions-delete = Delete this session

gender-girl = Girls
gender-boy = Boys
gender-non_binary = Non-binary
gender-not_stated = Not stated

field_error-equal_times = A session cannot end when it starts.
field_error-in_the_future = This day has not come yet.
field_error-unknown_age_band = Not one of your organisation's age bands.
field_error-not_asked = This question is not asked for this activity.

questions-title = Reflection questions
questions-text = Question
questions-add = Add the question
questions-retire = Retire
questions-bring_back = Ask again
questions-retired = Retired
questions-kinds_hint = Asked for these kinds of activity (none chosen: every kind)
questions-units_hint = Asked in these units (none chosen: every unit)
questions-in_sv = In Swedish
questions-in_fi = In Finnish
questions-in_sl = In Slovenian
questions-in_lv = In Latvian
questions-in_et = In Estonian

error-check_in_closed = Check-in is closed now: no session is open here.

field_error-looks_like_email = Choose a nickname, not an e-mail address.
field_error-looks_like_phone = Choose a nickname, not a phone number (at most 5 digits).
field_error-pin_format = A PIN is exactly 4 digits.
field_error-implausible_birth_year = Check the birth year.
field_error-guardian_confirmation_required = Please confirm this first.
field_error-not_recognised = We don't recognise that alias and PIN.
field_error-unknown_time_zone = Not a time zone name such as Europe/Helsinki.
field_error-not_an_open_activity_of_the_unit = Choose one of this unit's open activities.
field_error-unknown_language = Choose one of the listed languages.

kiosk-not_registered = This device is not a kiosk. Staff: register it under Kiosks and open the kiosk link here.
kiosk-fullscreen = Full screen
kiosk-welcome = Welcome, { $alias }!
kiosk-already_checked_in = You're already checked in, { $alias }.
kiosk-next = Next
kiosk-check_in_title = Check in
kiosk-alias = Your alias
kiosk-pin_if_any = PIN (if you have one)
kiosk-check_in = Check in
kiosk-new_here = I'm new here
kiosk-new_title = Make your alias
kiosk-alias_hint = A nickname only you use. Not your real name, e-mail or phone number.
kiosk-birth_year = Year you were born
kiosk-choose = Choose
kiosk-gender = I am
kiosk-new_pin = Choose a 4-digit PIN (optional)
kiosk-guardian_default = A parent or guardian knows that I use this.
kiosk-new_save = Save and check in
kiosk-back = Back

nav-kiosks = Kiosks
nav-aliases = Young people

kiosks-title = Kiosks
kiosks-intro = A kiosk is a tablet at a unit's door where young people check in with their alias. Register a device, then open its link on the tablet.
kiosks-unit = Unit
kiosks-name = Device name
kiosks-language = Language
kiosks-register = Register kiosk
kiosks-registered = Kiosk registered. Open this link on the tablet (it is shown only now):
kiosks-use_here = Use this device as the kiosk (signs you out)
kiosks-last_used = Last used
kiosks-never_used = Not used yet
kiosks-revoke = Revoke
kiosks-revoked = Revoked
kiosks-none = No kiosks yet.

language-en = English
language-sv = Svenska
language-fi = Suomi
language-sl = Slovenščina
language-lv = Latviešu
language-et = Eesti

aliases-title = Young people's aliases
aliases-intro = Find an alias to export everything held about it or to erase it. Erasing keeps its visits as anonymous counts: no figure changes.
aliases-search = Alias starts with
aliases-birth_year = Born
aliases-last_seen = Last seen
aliases-export = Export (JSON)
aliases-erase = Erase
aliases-confirm_erase = Erase { $alias }? This cannot be undone.
aliases-erased = Erased.
aliases-none = No aliases found.

check_ins-title = Checked in
check_ins-none = Nobody has checked in with an alias.
check_ins-alias = Alias
check_ins-add = Check in
check_ins-erased = (erased alias)
check_ins-counted = Check-ins add { $count } to the visits.

settings-time_zone = Time zone (IANA name, e.g. Europe/Helsinki)
settings-default_language = Language of new accounts and kiosks
settings-consent_text = Text the kiosk shows under the consent age (empty: the built-in text)

structure-check_in_opens_session = A check-in with no session running opens the day's session
structure-default_open_activity = Default open activity
structure-no_default_activity = None

nav-reports = Reports

report-title = Reports
report-this_month = This month
report-half_year = This half-year
report-this_year = This year
report-last_year = Last year
report-from = From
report-to = To
report-units = Units (none ticked: all yours)
report-group_by = Group by
report-group-none = No grouping
report-group-unit = Unit
report-group-activity = Activity
report-group-kind = Kind
report-group-topic = Topic
report-group-delivery_mode = Delivery mode
report-group-month = Month
report-group-unit_type = Type of unit
report-group-organisation = Organisation
report-bands = Age bands (e.g. 7-12,13-26; empty: the organisation's)
report-show = Show
report-figures = Figures
report-views = Views of the report
report-this_period = This period
report-year_earlier = A year earlier
report-change = Change
report-points = { $value } pp
report-figure-sessions = Sessions
report-figure-visits = Visits
report-figure-unique_visitors = Unique visitors
report-figure-first_time_visitors = First-time visitors
report-figure-opening_hours = Opening hours
report-figure-group_hours = Group hours
report-figure-activity_hours = Activity hours
report-figure-youth_led_hours = Youth-led hours
report-figure-youth_led_share = Youth-led share of hours
report-figure-youth_producers = Youth producers
report-figure-visits_per_session = Visits per session
report-figure-visits_per_opening_hour = Visits per opening hour
report-figure-share_girls = Share of girls
report-figure-share_boys = Share of boys
report-figure-share_non_binary = Share of non-binary
report-figure-visits_girl = Visits by girls
report-figure-visits_boy = Visits by boys
report-figure-visits_non_binary = Visits by non-binary young people
report-figure-visits_not_stated = Visits, gender not stated
report-figure-visits_ages = Visits aged { $min }–{ $max }
report-figure-visits_unbanded = Visits across bands
report-figure-visits_outside_bands = Visits outside the bands
report-figure-visits_age_unknown = Visits, age unknown
report-figure-visits_per_1000_residents = Visits per 1,000 residents aged { $min }–{ $max }
report-figure-cost_per_visit = Cost per visit
report-column-group = Group
report-column-key = ID
report-total = Total
number-percent = { $value }%
report-chart-visits_by_gender = Visits per month by gender
report-chart-ages = Visits by age
report-chart-hours_by_kind = Hours by kind of activity
report-chart-youth_led = Youth-led share of hours
report-age-unbanded = Across bands
report-age-outside = Outside the bands
report-age-unknown = Age unknown
report-other_hours = Other hours

dashboard-title = Your units this year

record-title = Qualitative record: notes and reflections
record-search = Find text in notes and answers
record-none = No notes or answers in this period.
record-tab = Notes and reflections
record-more = { $count ->
    [one] Show one more
   *[other] Show more ({ $count } left)
}

report-export-csv = Download CSV
report-export-xlsx = Download Excel (XLSX)

nav-annual_report = Annual report
nav-network = Network
nav-networks = Networks

network-members = Members and invitations
network-invite_which = Organisation to invite
network-invite = Invite
network-statistics = Statistics { $from } – { $to }
network-suppression = Cells counting fewer than { $min } young people are suppressed, and so are the cells that would give them away.
network-figure = Figure
network-min_cell = Suppress cells counting fewer young people than
network-save_min_cell = Save the settings
network-age_bands = Age bands of the figures (such as 6-12,13-15)
network-rate_ages = Ages of visits per 1,000 residents (such as 6-20)
network-grains = Figures are released for whole calendar months, quarters and years, in these age bands only, so that no two pulls can be subtracted to find a hidden count. They are fixed once figures have been pulled.
network-total = All members
network-suppressed = suppressed
network-perturbed = Counts are perturbed by up to { $most } either way, the same way in every pull (the cell key method), so that no young person can be worked out; ratios are made of the perturbed counts.
network-comparison = Members beside the network median
network-comparison_chart = Visits per member and the network median
network-median = Network median
network-surveys = Youth surveys side by side
network-surveys_intro = Members that ran the same built-in survey this year. A member with too few answers is hidden and left out of the total; the median needs five members.
network-survey_template = Survey
network-survey_member = Member
network-survey_total = All members shown
network-survey_hidden = Too few answers to show
network-pulls = Pulls of the statistics
network-no_pulls = No pulls yet.
network-pulled_by_member = an admin of another member
network-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}

membership-invited = Invited
membership-declined = Declined
membership-member = Member
membership-ended = Ended
membership-accept = Accept
membership-decline = Decline
membership-end = End

nav-api_tokens = API tokens
nav-key_figures = Key figures

key_figures-title = Key figures of the year
key_figures-intro = Your municipality's residents by age and the year's cost, staff and opening weeks give visits per 1,000 residents and cost per visit — here and in your networks' statistics.
key_figures-residents = Residents by age
key_figures-cost = Cost of the year
key_figures-staff = Staff (full-time equivalents)
key_figures-opening_weeks = Opening weeks
key_figures-save = Save the key figures
key_figures-rates = Rates
key_figures-per_1000 = Visits per 1,000 residents aged { $min }–{ $max }
key_figures-cost_per_visit = Cost per visit

token-title = API tokens
token-intro = A token lets another system use the API as you, within the scopes you give it, until its last day. It is shown once; revoke it when it is no longer needed.
token-name = What it is for
token-scopes = It may
token-scope-reports_read = Read reports
token-scope-sessions_read = Read sessions and notes
token-scope-sessions_write = Log and change sessions
token-scope-structure_read = Read units and activities
token-scope-statistics_read = Pull the network's statistics
token-expires_on = Last day
token-expires = Works until { $day }
token-create = Make the token
token-copy_now = Copy the token now: it is not shown again.

networks-title = Networks
networks-intro = Networks you belong to see your figures for their statistics — never notes, reflections or aliases, and no cell counting fewer young people than the threshold.
networks-none = No network has invited your organisation.
networks-comparison = Your organisation beside the median of { $network }
networks-pulls = Pulls that included your figures

annual-title = Annual report { $year }
annual-year = Year
annual-print = Print
annual-pdf = Download PDF
annual-visits_per_month = Visits per month
annual-aims = Aims of the year
annual-no_aims = No aims for this year.
annual-surveys = Youth surveys
annual-no_surveys = No survey round closed this year.
annual-analysis = Our analysis
annual-save = Save the analysis
annual-saved = Saved.

register-open = New here? Register their alias
register-new_title = Register a young person
register-alias_hint = The nickname they will check in with: not their real name, e-mail or phone number.
register-alias = Their alias
register-birth_year = Year of birth
register-choose = Choose
register-gender = Gender
register-new_pin = A 4-digit PIN they choose (optional)
register-guardian_default = A parent or guardian knows that they use this.
register-new_save = Register and check in

structure-unit = Unit
structure-move_keeps_sessions = Past sessions stay with { $from }, where they happened; sessions logged from now on count for { $to }.

# The public survey page (young people answer here)
survey-language = Language
survey-intro = Your answers are anonymous: we don't ask your name, and no one can see who answered what.
survey-required = required
survey-optional = optional
survey-about-you = About you
survey-gender = Gender
survey-gender-girl = Girl
survey-gender-boy = Boy
survey-gender-non_binary = Non-binary
survey-gender-not_stated = I'd rather not say
survey-age-band = Age
survey-age-not-stated = I'd rather not say
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Send my answers
survey-thanks-title = Thank you!
survey-thanks = Your answers were saved.
survey-already = You have already answered this survey on this device. Thank you!
survey-not-open = This survey is not open right now.
survey-not-found = This survey link doesn't work. Check the address, or ask the staff for a new one.
survey-fix = Please check the answers marked below.
survey-missing = Please answer this question.
survey-too-long = This answer is too long.
survey-invalid-choice = Please choose one of the options.
survey-too-fast = That was quick! Take a moment to read the questions, then send again.
survey-no-device = Your answers were not sent yet: this page needs to remember that this phone has answered. Please send again. If this keeps happening, allow cookies for this site.
survey-not-text = Please write only ordinary text.
survey-too-many = Too many answers from here right now. Please try again in a few minutes.
survey-kiosk-next = The survey starts again for the next person in a moment.
survey-kiosk-again = Next person
survey-poster-title = Tell us what you think!
survey-poster-text = Scan the code with your phone camera and answer a short survey. It is anonymous.
survey-poster-open = Open until { $date }

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Surveys
surveys-title = Youth surveys
surveys-intro = Young people answer anonymously on their own phones or on a tablet at the unit. Results show once a round has closed with enough answers.
surveys-questionnaires = Questionnaires
surveys-no_questionnaires = No questionnaires yet. Start from a ready-made one.
surveys-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
surveys-copy_template = Copy “{ $name }”
surveys-copied = The questionnaire was copied. You can now start a round with it.
surveys-rounds = Survey rounds
surveys-no_rounds = No survey rounds yet.
surveys-status-upcoming = Not started yet
surveys-status-open = Open
surveys-status-closed = Closed
surveys-answers = { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
surveys-link = Link for young people
surveys-kiosk_link = Link for a shared tablet
surveys-qr = QR code (SVG)
surveys-poster = Poster to print (PDF)
surveys-close = Close the round now
surveys-results = Results
surveys-new_round = Start a round
surveys-questionnaire = Questionnaire
surveys-round_title = Title
surveys-opens = First day
surveys-closes = Last day
surveys-language = Language the page opens in
surveys-where = Where it runs
surveys-whole_organisation = The whole organisation
surveys-activities = Or only at these activities
surveys-start = Start the round
surveys-started = The round was started. Share the link or print the poster.
surveys-results_title = Results: { $title }
surveys-results_wait = Results show once the round has closed.
surveys-results_too_few = Fewer than { $min } answers, so no results are shown: with so few, someone's answers could be recognised.
surveys-breakdown = Show by
surveys-breakdown-none = Everyone together
surveys-breakdown-gender = Gender
surveys-breakdown-age_band = Age band
surveys-breakdown_note = A group shows only when it, and everyone else, has at least { $min } answers.
surveys-group-all = Everyone
surveys-group-not_stated = Did not say
surveys-hidden = Too few answers to show.
surveys-mean = Average { $value } (1–5)
surveys-agreeing = { $value } agree (4–5)
surveys-free_text = Written answers
surveys-no_free_text = No written answers.
surveys-download_csv = Download CSV
surveys-download_xlsx = Download Excel (XLSX)
surveys-column-group = Group
surveys-column-question = Question
surveys-column-answer = Answer
surveys-column-count = Answers
surveys-column-answered = Answered the question
surveys-column-mean = Average (1–5)
surveys-column-agreeing = Agree (4–5), %

# The questionnaire builder (org admins)
builder-new = New questionnaire
builder-edit = Edit
builder-title_new = New questionnaire
builder-title_edit = Edit “{ $name }”
builder-name = Name
builder-ask_gender = Ask the young person's gender (answering is always optional)
builder-ask_age_band = Ask the young person's age band (answering is always optional)
builder-language = Language you are writing in
builder-language_note = Write each text in every language your young people read. A text missing in a language shows in the round's language.
builder-question = Question { $number }
builder-kind = Kind of question
builder-kind-likert = Scale from 1 to 5
builder-kind-single_choice = Choose one
builder-kind-multiple_choice = Choose any
builder-kind-free_text = In their own words
builder-text = Question
builder-help = Help line (optional)
builder-low = What 1 means
builder-high = What 5 means
builder-option = Option { $number }
builder-add_option = Add an option
builder-remove_option = Remove option { $number }
builder-required = An answer is required
builder-up = Move up
builder-down = Move down
builder-remove = Remove the question
builder-add = Add a question
builder-archived = Archived (no new rounds)
builder-save = Save the questionnaire
builder-saved = The questionnaire was saved.

## Follow-up of aims (issue 20)
nav-follow_up = Follow-up
settings-follow_up_margin = An indicator counts as "close" within (percentage points for a share, else % of the target)
follow-title = Follow-up of aims
follow-intro = Each indicator is worked out from the sessions you log and from the youth surveys, and held against your target.
follow-scope = Whose aims
follow-organisation = The whole organisation
follow-no_aims = No aims yet. Adopt the Good Enough aims below, or set an aim of your own.
follow-no_indicators = This aim has no indicators yet. Edit it to add one.
follow-new_aim = New aim
follow-edit_aim = Edit the aim
follow-so_far = so far
follow-based_on = based on { $count }
follow-trend = Trend: { $name }
follow-metric_sessions = Sessions
follow-metric_visits = Visits
follow-metric_unique_visitors = Unique visitors
follow-metric_first_time_visitors = First-time visitors
follow-metric_share_girls = Share of girls among visits
follow-metric_share_boys = Share of boys among visits
follow-metric_share_non_binary = Share of non-binary young people among visits
follow-metric_share_girls_unique = Share of girls among the young people who came
follow-metric_share_boys_unique = Share of boys among the young people who came
follow-metric_share_non_binary_unique = Share of non-binary young people among those who came
follow-metric_opening_hours = Opening hours
follow-metric_group_hours = Group hours
follow-metric_activity_hours = Activity hours
follow-metric_youth_led_hours = Youth-led hours
follow-metric_youth_led_share = Youth-led share of activity hours
follow-metric_youth_producers = Youth producers
follow-metric_producers_per_100_visits = Youth producers per 100 visits
follow-metric_visits_per_session = Visits per session
follow-metric_visits_per_opening_hour = Visits per opening hour
follow-metric_survey_agreeing = Agreeing with “{ $question }”
follow-status_met = Met
follow-status_close = Close
follow-status_not_met = Not met
follow-status_not_enough_data = Not enough data
follow-target_at_least = target at least { $target }
follow-target_at_most = target at most { $target }
follow-plan = Action plan
follow-notes = Notes
follow-action = { $what } – by { $when } – { $who }
follow-action_done = done
follow-no_plan = No action plan written yet.
follow-plan_what = What we will do
follow-plan_when = By when
follow-plan_who = Who
follow-plan_done = Done
follow-plan_add = Add an action
follow-plan_remove = Remove the action
follow-plan_save = Save the notes and plan
follow-plan_saved = The notes and plan were saved.
follow-plan_written = Last saved by { $who }, { $when }
follow-plan_history = Earlier versions
follow-good_enough = Good Enough
follow-good_enough_intro = The KEKS areas your data can follow up, with targets to start from. Adopt them for this year and change them as you like.
follow-adopt = Adopt
follow-adopt_all = Adopt all
follow-adopted = Adopted: { $title }
follow-in_use = In use this year
aim-new = New aim
aim-edit = Edit the aim
aim-name = What we aim for
aim-unit = For
aim-from = From
aim-to = To
aim-archived = Archived (no longer followed up)
aim-indicators = Indicators
aim-metric = Measure
aim-question = Survey question
aim-comparator = Held as
aim-comparator-at_least = at least
aim-comparator-at_most = at most
aim-target = Target
aim-target_from = A changed target holds from
aim-baseline = Where we started (optional)
aim-grain = Followed up per
aim-grain-month = month
aim-grain-quarter = quarter
aim-grain-year = year
aim-min_denominator = "Not enough data" below
aim-add_indicator = Add an indicator
aim-remove_indicator = Remove the indicator
aim-save = Save the aim
aim-saved = The aim was saved.
network-good_enough = Good Enough across members
network-good_enough_intro = How many member organisations meet each Good Enough indicator this year, each against the template's own target. Counts of members only.
network-good_enough_indicator = Indicator
network-good_enough_met = Met
network-good_enough_close = Close
network-good_enough_not_met = Not met
network-good_enough_no_data = Not enough data
follow-column_value = Value
follow-column_status = Status
follow-periods = Every period of the aim
follow-column_period = Period
follow-plan_action = Action { $number }
aim-indicator = Indicator { $number }

outbox-waiting = Waiting to send ({ $count })
outbox-session = Session: { $activity }, { $date }
outbox-check_in = Check-in: { $alias }, session on { $date }
outbox-send_now = Send now
outbox-fix = Fix
outbox-discard = Discard
outbox-sign_in_again = Your sign-in has ended. Sign in again to send what is waiting.
outbox-session_kept = No connection: the session is kept on this device and sent as soon as there is one.
outbox-check_in_kept = No connection: the check-in is kept on this device and sent as soon as there is one.
outbox-sign_out_waiting = Waiting to send: { $count }. They stay on this device and are sent when you sign in again. Sign out?
