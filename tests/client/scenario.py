"""An integrator's day, through a Python client generated from openapi/openapi.json only.

    PYTHONPATH=target/generated-client python tests/client/scenario.py http://127.0.0.1:8080

Every request goes through the generated `logbook_client` (its `Client`/`AuthenticatedClient`
and `api.*` functions); nothing here speaks HTTP by hand. Whatever this needs and the generated
client lacks is a defect of the OpenAPI document, not something to work around here. Run by
`check_openapi_and_generated_client` in scripts/lib.sh against a fresh demo database
(`logbook seed-demo`); it also works against a running demo server, once or repeatedly.

Prints one line per step; exits 1 with the failing step and the server's answer on any failure.
"""

from __future__ import annotations

import csv
import datetime
import io
import sys
import traceback
import uuid

from logbook_client import AuthenticatedClient, Client
from logbook_client.api.api_tokens import create_token
from logbook_client.api.auth import login, me
from logbook_client.api.networks import (
    accept,
    get_statistics,
    invite,
    list_networks,
    network_memberships,
    organisation_directory,
    own_memberships,
)
from logbook_client.api.organisations import get_settings
from logbook_client.api.reports import export_report, get_report
from logbook_client.api.sessions import create_session, list_sessions
from logbook_client.api.structure import list_activities, list_units
from logbook_client.models import (
    ActivityKind,
    ApiTokenInput,
    AttendanceRow,
    CreatedApiToken,
    ErrorBody,
    ExportFormat,
    Gender,
    GroupBy,
    InvitationInput,
    LoginRequest,
    Me,
    Membership,
    MembershipStatus,
    OrganisationSettings,
    Report,
    Session,
    SessionInput,
    Statistics,
    StatisticsGrouping,
    TokenPair,
    TokenScope,
)
from logbook_client.types import UNSET

ORG_ADMIN = "mentor@demo.logbook.example"
NETWORK_ADMIN = "network@demo.logbook.example"
PASSWORD = "demo-logbook-2026"
DEMO_ORGANISATION = "Demo municipality youth services"
TIMEOUT = 60.0  # seconds; a debug build hashes passwords slowly


class Failed(Exception):
    pass


def expect(response, status: int, kind: type, what: str):
    """The parsed body of `response` if it has `status` and parsed into `kind`; else Failed
    with the server's answer."""
    if response.status_code != status:
        raise Failed(f"{what}: expected HTTP {status}, got {int(response.status_code)}: {describe(response)}")
    parsed = response.parsed
    if kind is not None and not isinstance(parsed, kind):
        wanted = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__
        raise Failed(
            f"{what}: HTTP {status}, but the generated client parsed {type(parsed).__name__}, "
            f"not {wanted} (the document does not declare this answer so): {response.content[:300]!r}"
        )
    return parsed


def describe(response) -> str:
    parsed = response.parsed
    if isinstance(parsed, ErrorBody):
        fields = parsed.fields if parsed.fields is not UNSET else []
        named = "; ".join(f"{field.path}: {field.code} ({field.message})" for field in fields or [])
        return f"{parsed.code} — {parsed.message}" + (f" [{named}]" if named else "")
    return repr(response.content[:500])


def say(step: str, detail: str) -> None:
    print(f"  ok  {step}: {detail}", flush=True)


def sign_in(base_url: str, email: str) -> AuthenticatedClient:
    anonymous = Client(base_url=base_url, timeout=TIMEOUT, raise_on_unexpected_status=True)
    pair = expect(
        login.sync_detailed(client=anonymous, body=LoginRequest(email=email, password=PASSWORD)),
        200,
        TokenPair,
        f"sign in as {email}",
    )
    return bearer(base_url, pair.access_token)


def bearer(base_url: str, token: str) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=base_url, token=token, timeout=TIMEOUT, raise_on_unexpected_status=True
    )


def month_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    first = day.replace(day=1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    return first, following - datetime.timedelta(days=1)


def all_items(fetch, what: str) -> list:
    """Every item of a paged list, following `next_cursor`."""
    items, cursor = [], UNSET
    for _ in range(100):
        page = expect(fetch(cursor), 200, None, what)
        items.extend(page.items)
        if not page.next_cursor:
            return items
        cursor = page.next_cursor
    raise Failed(f"{what}: more than 100 pages")


def scenario(base_url: str) -> None:
    today = datetime.datetime.now(datetime.timezone.utc).date()
    day = today - datetime.timedelta(days=1)  # "not after today" in any time zone
    month_from, month_to = month_of(day)

    # --- The organisation's admin sets up an integration -------------------------------------
    admin = sign_in(base_url, ORG_ADMIN)
    who = expect(me.sync_detailed(client=admin), 200, Me, "read the signed-in user")
    if not who.organisation:
        raise Failed(f"{ORG_ADMIN} has no organisation")
    organisation_id = who.organisation.id
    say("sign in", f"{who.email} ({who.role}) of {who.organisation.name!r}")

    scopes = [
        TokenScope("reports:read"),
        TokenScope("sessions:read"),
        TokenScope("sessions:write"),
        TokenScope("structure:read"),
    ]
    created = expect(
        create_token.sync_detailed(
            client=admin,
            body=ApiTokenInput(
                name=f"scenario {uuid.uuid4().hex[:8]}",
                scopes=scopes,
                expires_on=today + datetime.timedelta(days=30),
            ),
        ),
        201,
        CreatedApiToken,
        "make an integration token",
    )
    if not created.token.startswith("lbt_"):
        raise Failed(f"the integration token does not start with lbt_: {created.token[:8]}…")
    if sorted(created.api_token.scopes) != sorted(scopes):
        raise Failed(f"the token has scopes {created.api_token.scopes}, asked {scopes}")
    say(
        "integration token",
        f"{created.api_token.name}, scopes {', '.join(map(str, scopes))}, "
        f"expires {created.api_token.expires_at:%Y-%m-%d %H:%M}",
    )

    # --- The integration works with its token only --------------------------------------------
    integration = bearer(base_url, created.token)
    units = all_items(
        lambda cursor: list_units.sync_detailed(client=integration, cursor=cursor, archived=False),
        "list units with the token",
    )
    activities = all_items(
        lambda cursor: list_activities.sync_detailed(client=integration, cursor=cursor, archived=False),
        "list activities with the token",
    )
    unit_names = {unit.id: unit.name for unit in units}
    open_ones = [a for a in activities if a.kind == ActivityKind.OPEN and a.unit_id in unit_names]
    if not open_ones:
        raise Failed(f"no open activity among {len(activities)} activities of {len(units)} units")
    activity = open_ones[0]
    say(
        "structure",
        f"{len(units)} units, {len(activities)} activities; logging "
        f"{activity.name!r} at {unit_names[activity.unit_id]!r}",
    )

    settings = expect(
        get_settings.sync_detailed(organisation_id, client=integration),
        200,
        OrganisationSettings,
        "read the organisation's settings with the token",
    )
    if not settings.entry_age_bands:
        raise Failed("the organisation has no entry age bands")
    band = settings.entry_age_bands[0]

    key = str(uuid.uuid4())
    start = activity.usual_start_time if isinstance(activity.usual_start_time, str) else "18:00"
    end = activity.usual_end_time if isinstance(activity.usual_end_time, str) else "21:00"
    body = SessionInput(
        activity_id=activity.id,
        date=day,
        start_time=start,
        end_time=end,
        attendance=[
            AttendanceRow(gender=Gender("girl"), age_min=band.min_, age_max=band.max_, count=4),
            AttendanceRow(gender=Gender("boy"), age_min=band.min_, age_max=band.max_, count=3),
            AttendanceRow(gender=Gender("not_stated"), age_min=None, age_max=None, count=1),
        ],
        youth_led=True,
        youth_producers=2,
        staff_count=2,
        notes=f"Logged by the generated-client scenario, key {key}",
    )
    first_answer = create_session.sync_detailed(client=integration, body=body, idempotency_key=key)
    first = expect(first_answer, 201, Session, "log a session")
    if first.visits != 8 or first.activity_id != activity.id or first.date != day:
        raise Failed(
            f"the logged session reads back wrong: visits {first.visits}, activity "
            f"{first.activity_id}, date {first.date}"
        )
    say(
        "log a session",
        f"session {first.id} on {day}, {start}–{end}, {first.visits} visits, Idempotency-Key {key}",
    )

    again_answer = create_session.sync_detailed(client=integration, body=body, idempotency_key=key)
    again = expect(again_answer, 201, Session, "resend the same session with the same key")
    if again.id != first.id:
        raise Failed(f"the resend made a second session: {again.id} besides {first.id}")
    # Response headers are not typed by this generator; the raw ones ride on its Response.
    replayed = again_answer.headers.get("Idempotent-Replayed")
    if replayed != "true":
        raise Failed(f"the resend's answer carries Idempotent-Replayed: {replayed!r}, not 'true'")
    if first_answer.headers.get("Idempotent-Replayed") not in (None, "false"):
        raise Failed("the first answer claims to be a replay")
    say("resend it", f"same session {again.id}, Idempotent-Replayed: {replayed}")

    listed = all_items(
        lambda cursor: list_sessions.sync_detailed(
            client=integration, cursor=cursor, activity_id=activity.id, from_=day, to=day
        ),
        "list sessions with the token",
    )
    ours = [session for session in listed if key in session.notes]
    if [session.id for session in ours] != [first.id]:
        raise Failed(
            f"listing the day's sessions of the activity found {[s.id for s in ours]} "
            f"with our key, expected exactly [{first.id}]"
        )
    say("list sessions", f"{len(listed)} that day for the activity, ours ({first.id}) once")

    report = expect(
        get_report.sync_detailed(client=integration, from_=month_from, to=month_to, group_by=GroupBy.MONTH),
        200,
        Report,
        "read the month's report",
    )
    month_key = f"{day:%Y-%m}"
    months = [group for group in report.groups if group.key == month_key]
    if len(months) != 1:
        raise Failed(
            f"the report grouped by month has no single row {month_key}: "
            f"{[group.key for group in report.groups]}"
        )
    if report.total.sessions < 1 or report.total.visits < first.visits:
        raise Failed(
            f"the report does not count our session: {report.total.sessions} sessions, "
            f"{report.total.visits} visits"
        )
    if months[0].figures.sessions != report.total.sessions:
        raise Failed("the month's row and the total of a one-month report differ")
    say(
        "month's report",
        f"{month_from}–{month_to}: {report.total.sessions} sessions, "
        f"{report.total.visits} visits, youth-led share {report.total.youth_led_share}",
    )

    export = export_report.sync_detailed(
        client=integration,
        from_=month_from,
        to=month_to,
        group_by=GroupBy.MONTH,
        format_=ExportFormat.CSV,
        lang="en",
    )
    csv_text = expect(export, 200, (str, bytes), "download the report as CSV")
    if isinstance(csv_text, bytes):
        csv_text = csv_text.decode("utf-8")
    content_type = export.headers.get("content-type", "")
    if not content_type.startswith("text/csv"):
        raise Failed(f"the CSV comes as {content_type!r}")
    lines = list(csv.reader(io.StringIO(csv_text)))
    if len(lines) < 3 or "Sessions" not in lines[0]:
        raise Failed(f"the CSV has no header, total and month row: {csv_text[:300]!r}")
    if not any(month_key in row for row in lines[1:]):
        raise Failed(f"the CSV has no row for {month_key}: {csv_text[:300]!r}")
    say("CSV export", f"{len(lines)} lines, {len(lines[0])} columns ({content_type})")

    # --- A partner network pulls statistics ----------------------------------------------------
    network_admin = sign_in(base_url, NETWORK_ADMIN)
    networks = expect(
        list_networks.sync_detailed(client=network_admin), 200, None, "list the network admin's networks"
    )
    if len(networks.items) != 1:
        raise Failed(f"the network admin sees {len(networks.items)} networks, expected their own")
    network = networks.items[0]
    say("sign in", f"{NETWORK_ADMIN}, network {network.name!r} ({network.id})")

    directory = expect(
        organisation_directory.sync_detailed(client=network_admin),
        200,
        list,
        "read the organisation directory",
    )
    entries = [entry for entry in directory if entry.id == organisation_id]
    if not entries or entries[0].name != DEMO_ORGANISATION:
        raise Failed(f"organisation {organisation_id} ({DEMO_ORGANISATION}) is not in the directory")
    current = expect(
        network_memberships.sync_detailed(network.id, client=network_admin),
        200,
        list,
        "list the network's memberships",
    )
    status = next(
        (
            m.status
            for m in current
            if m.organisation_id == organisation_id
            and m.status in (MembershipStatus.INVITED, MembershipStatus.MEMBER)
        ),
        None,
    )
    if status is None:
        invited = expect(
            invite.sync_detailed(
                network.id, client=network_admin, body=InvitationInput(organisation_id=organisation_id)
            ),
            201,
            Membership,
            "invite the organisation",
        )
        if invited.status != MembershipStatus.INVITED:
            raise Failed(f"the new invitation stands at {invited.status}")
        say("invite", f"{invited.organisation_name!r} invited (membership {invited.id})")
    else:
        say("invite", f"{DEMO_ORGANISATION!r} is {status} already (a rerun)")

    if status != MembershipStatus.MEMBER:
        mine = expect(
            own_memberships.sync_detailed(client=admin), 200, list, "list the organisation's invitations"
        )
        waiting = [m for m in mine if m.network_id == network.id and m.status == MembershipStatus.INVITED]
        if len(waiting) != 1:
            raise Failed(f"the organisation sees {len(waiting)} open invitations from network {network.id}")
        accepted = expect(
            accept.sync_detailed(waiting[0].id, client=admin), 200, Membership, "accept the invitation"
        )
        if accepted.status != MembershipStatus.MEMBER:
            raise Failed(f"after accepting, the membership stands at {accepted.status}")
        say(
            "accept",
            f"{ORG_ADMIN} accepted: {accepted.organisation_name!r} is a member of {accepted.network_name!r}",
        )

    statistics_token = expect(
        create_token.sync_detailed(
            client=network_admin,
            body=ApiTokenInput(
                name=f"scenario statistics {uuid.uuid4().hex[:8]}",
                scopes=[TokenScope("statistics:read")],
                expires_on=today + datetime.timedelta(days=7),
            ),
        ),
        201,
        CreatedApiToken,
        "make a statistics:read token",
    )
    puller = bearer(base_url, statistics_token.token)
    statistics = expect(
        get_statistics.sync_detailed(
            network.id, client=puller, from_=month_from, to=month_to, group_by=StatisticsGrouping.MONTH
        ),
        200,
        Statistics,
        "pull the network's statistics with the token",
    )
    if organisation_id not in statistics.organisation_ids:
        raise Failed(
            f"the statistics count organisations {statistics.organisation_ids}, "
            f"not the new member {organisation_id}"
        )
    if not statistics.rows or any(len(row.values) != len(statistics.columns) for row in statistics.rows):
        raise Failed(f"the statistics rows do not follow the {len(statistics.columns)} columns")
    total = dict(zip(statistics.columns, statistics.rows[0].values, strict=True))
    say(
        "network statistics",
        f"{len(statistics.rows)} rows × {len(statistics.columns)} columns, "
        f"min cell {statistics.min_cell}, sessions {total.get('sessions')}, visits {total.get('visits')}, "
        f"counts perturbed by up to {statistics.perturbation.largest_move} ({statistics.perturbation.method.value})",
    )


def main() -> int:
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} BASE_URL", file=sys.stderr)
        return 2
    try:
        scenario(sys.argv[1].rstrip("/"))
    except Failed as failure:
        print(f"\nFAILED: {failure}", file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 — a generated model refusing the wire is a contract failure
        traceback.print_exc()
        print(
            "\nFAILED: the generated client could not complete the scenario (see above: an "
            "answer that does not match the document, or a server that does not answer)",
            file=sys.stderr,
        )
        return 1
    print("  ok  the generated client's scenario passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
