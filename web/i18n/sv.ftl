# Logbooks texter på svenska (översatta från en.ftl).

app-name = Logbook
app-loading = Laddar…
app-retry = Försök igen
app-close = Stäng

nav-home = Start
nav-me = Mitt konto
nav-logout = Logga ut
nav-language = Språk
nav-main = Huvudmeny
nav-menu = Meny

login-title = Logga in i Logbook
login-email = E-postadress
login-password = Lösenord
login-submit = Logga in
login-submitting = Loggar in…

home-title = Välkommen, { $name }
home-intro = I Logbook dokumenterar ni ert ungdomsarbete: tillfällen, vilka som kom och vad som hände.

me-title = Mitt konto
me-name = Namn
me-email = E-postadress
me-role = Roll
me-organisation = Organisation
me-no_organisation = Ingen (systemadministratör)

not_found-title = Sidan hittades inte
not_found-back = Tillbaka till startsidan

role-system_admin = Systemadministratör
role-network_admin = Nätverksadministratör
role-org_admin = Organisationsadministratör
role-unit_manager = Enhetsansvarig
role-youth_worker = Fritidsledare
role-viewer = Läsbehörig

error-bad_request = Begäran kunde inte tolkas.
error-unauthorized = Logga in igen.
error-invalid_credentials = Fel e-postadress eller lösenord.
error-token_expired = Din inloggning har gått ut. Logga in igen.
error-forbidden = Du har inte behörighet att göra det.
error-not_found = Hittades inte.
error-method_not_allowed = Det går inte att göra så här.
error-conflict = Det krockar med något som redan finns.
error-payload_too_large = Det är för mycket data på en gång.
error-unsupported_media_type = Begäran skickades i fel format.
error-validation_failed = Rätta de markerade fälten.
error-too_many_requests = För många försök. Vänta en stund och försök igen.
error-internal = Något gick fel på servern. Försök igen senare.
error-unavailable = Det går inte att nå servern. Kontrollera din anslutning.

field_error-email = Ange en giltig e-postadress.
field_error-length = Fel längd.
field_error-range = Värdet ligger utanför det tillåtna.
field_error-required = Det här måste fyllas i.
field_error-archived = Det här är arkiverat; välj ett annat.
field_error-type = Värdet har fel format.

nav-structure = Struktur
nav-users = Personer
nav-settings = Inställningar

home-your_units = Dina enheter

invitation-title = Välj ditt lösenord
invitation-for = Välkommen, { $name }! Välj ett lösenord för { $email } hos { $tenant }.
invitation-password = Nytt lösenord (minst 10 tecken)
invitation-submit = Spara lösenordet
invitation-done = Ditt lösenord är sparat. Nu kan du logga in.
invitation-invalid = Länken fungerar inte: den har redan använts, har gått ut eller är felskriven. Be din administratör om en ny.

structure-title = Struktur
structure-no_units = Det finns inga enheter än.
structure-archived = Arkiverad
structure-archive = Arkivera
structure-restore = Återställ
structure-add_unit = Lägg till en enhet
structure-name = Namn
structure-unit_type = Typ av enhet
structure-activity_name = Ny aktivitet
structure-kind = Typ av aktivitet
structure-delivery_mode = Genomförandeform
structure-platform = Plattform (t.ex. Discord)
structure-add_activity = Lägg till aktivitet

unit_type-youth_centre = Fritidsgård
unit_type-meeting_place = Mötesplats
unit_type-department = Avdelning
unit_type-project_office = Projektkontor
unit_type-other = Annan

kind-open = Öppen verksamhet
kind-group = Grupp
kind-event = Evenemang
kind-project = Projekt
kind-outreach = Fältverksamhet

delivery-on_site = På plats
delivery-digital = Digitalt
delivery-hybrid = Hybrid

users-title = Personer
users-name = Namn
users-role = Roll
users-units = Enheter
users-status = Status
users-whole_organisation = Hela organisationen
users-pending = Inbjuden
users-active = Aktiv
users-inactive = Avaktiverad
users-new_link = Ny länk
users-deactivate = Avaktivera
users-activate = Aktivera
users-invite = Bjud in en person
users-units_hint = Enheter (inga valda: hela organisationen)
users-link_hint = Kopiera länken och ge den till personen. Den fungerar en gång och gäller i 7 dagar.

settings-title = Inställningar
settings-age_bands = Åldersgrupper för besöksstatistiken
settings-band_min = Från ålder
settings-band_max = Till ålder
settings-remove_band = Ta bort
settings-add_band = Lägg till en åldersgrupp
settings-survey_min_responses = Minsta antal enkätsvar för att visa resultat
settings-network_min_cell = Minsta antal ungdomar i en cell som visas för nätverk
settings-digital_consent_age = Åldersgräns för digitalt samtycke
settings-alias_retention_months = Radera oanvända alias efter (månader)
settings-audit_retention_months = Radera händelseloggens poster efter (månader; 0 sparar dem så länge tillfällena finns)
settings-save = Spara inställningarna
settings-saved = Sparat.

field_error-band_order = Den övre åldern får inte vara lägre än den nedre.
field_error-band_overlap = Åldersgrupperna måste komma i stigande ordning och får inte överlappa varandra.
field_error-date_order = Datumet ligger före startdatumet.
field_error-not_a_project = Bara projekt har projektuppgifter.
field_error-duplicate = Finns med två gånger.
field_error-unknown = Det här finns inte, eller så har du inte tillgång till det.
field_error-taken = Det här används redan.
field_error-wrong_password = Det är inte ditt nuvarande lösenord.
field_error-not_an_organisation_role = Välj en av organisationens roller.
field_error-org_admin_scope = En organisationsadministratör gäller alltid hela organisationen.

me-change_password = Byt lösenord
me-current_password = Nuvarande lösenord
me-password_changed = Ditt lösenord är bytt. Du har loggats ut på dina andra apparater.

structure-save = Spara
structure-edit = Redigera
structure-close = Stäng
structure-topics = Teman
structure-active_from = Pågår från
structure-active_to = Pågår till och med
structure-usual_start_time = Börjar vanligtvis
structure-usual_end_time = Slutar vanligtvis

project-start_date = Projektet startar
project-end_date = Projektet slutar
project-goals = Projektets mål
project-target_group = Målgrupp
project-description = Beskrivning
project-partners = Samarbetspartner
project-funding_programme = Finansieringsprogram
project-contact_person = Kontaktperson

topic-leisure = Fritid
topic-culture = Kultur
topic-sport = Idrott
topic-learning_support = Studiestöd
topic-counselling = Samtalsstöd
topic-information = Information
topic-volunteering = Ideellt engagemang
topic-mobility = Mobilitet och utbyten

topics-title = Teman
topics-new = Nytt tema
topics-add = Lägg till tema

nav-log_session = Logga ett tillfälle
nav-sessions = Tillfällen

session-log_title = Logga ett tillfälle
session-no_activities = Det finns inga aktiviteter att logga än. Organisationens administratör lägger till dem under Struktur.
session-activity = Aktivitet
session-date = Datum
session-start = Börjar
session-end = Slutar
session-ends_next_day = Slutar nästa dag (efter midnatt).
session-attendance = Vilka som kom
session-total = Totalt: { $count }
session-fewer = En mindre: { $cell }
session-more = En till: { $cell }
session-age_unknown = Okänd ålder
session-youth_led = Planerad och genomförd av ungdomar
session-youth_led_short = Ungdomsledd
session-youth_producers = Ungdomar som arrangerar
session-staff = Personal
session-volunteers = Volontärer
session-notes = Anteckningar: vad hände och varför
session-aims = Bidrar till målen
session-save = Spara tillfället
session-save_changes = Spara ändringarna
session-saved = { $visits ->
    [one] Tillfället är sparat ({ $visits } besök). Formuläret är klart för nästa.
   *[other] Tillfället är sparat ({ $visits } besök). Formuläret är klart för nästa.
}
session-duplicate_last = Utgå från mitt senaste tillfälle
session-log_another = Logga ett till

sessions-title = Tillfällen
sessions-none = Inga tillfällen än.
sessions-all_activities = Alla aktiviteter
sessions-visits = { $count ->
    [one] { $count } besök
   *[other] { $count } besök
}
sessions-week = Vecka { $week }, { $year }
sessions-more = Visa äldre tillfällen
sessions-edit_title = Ändra ett tillfälle
sessions-delete = Radera tillfället

gender-girl = Tjejer
gender-boy = Killar
gender-non_binary = Icke-binära
gender-not_stated = Ej angivet

field_error-equal_times = Ett tillfälle kan inte sluta samma tid som det börjar.
field_error-in_the_future = Den dagen har inte kommit än.
field_error-unknown_age_band = Det är inte en av organisationens åldersgrupper.
field_error-not_asked = Den här frågan ställs inte för den här aktiviteten.

questions-title = Reflektionsfrågor
questions-text = Fråga
questions-add = Lägg till frågan
questions-retire = Sluta ställa
questions-bring_back = Ställ igen
questions-retired = Ställs inte längre
questions-kinds_hint = Ställs för dessa typer av aktivitet (inga valda: alla typer)
questions-units_hint = Ställs i dessa enheter (inga valda: alla enheter)
questions-in_sv = På svenska
questions-in_fi = På finska
questions-in_sl = På slovenska
questions-in_lv = På lettiska
questions-in_et = På estniska

error-check_in_closed = Incheckningen är stängd nu: inget tillfälle är öppet här.

field_error-looks_like_email = Välj ett smeknamn, inte en e-postadress.
field_error-looks_like_phone = Välj ett smeknamn, inte ett telefonnummer (högst 5 siffror).
field_error-pin_format = En PIN-kod har exakt 4 siffror.
field_error-implausible_birth_year = Kontrollera födelseåret.
field_error-guardian_confirmation_required = Bekräfta det här först.
field_error-not_recognised = Vi känner inte igen det aliaset och den PIN-koden.
field_error-unknown_time_zone = Det är inte namnet på en tidszon, som till exempel Europe/Stockholm.
field_error-not_an_open_activity_of_the_unit = Välj en av enhetens öppna verksamheter.
field_error-unknown_language = Välj ett av språken i listan.

kiosk-not_registered = Den här enheten är ingen kiosk. Personal: registrera den under Kiosker och öppna kiosklänken här.
kiosk-fullscreen = Helskärm
kiosk-welcome = Välkommen, { $alias }!
kiosk-already_checked_in = Du är redan incheckad, { $alias }.
kiosk-next = Nästa
kiosk-check_in_title = Checka in
kiosk-alias = Ditt alias
kiosk-pin_if_any = PIN-kod (om du har en)
kiosk-check_in = Checka in
kiosk-new_here = Jag är ny här
kiosk-new_title = Skapa ditt alias
kiosk-alias_hint = Ett smeknamn som bara du använder. Inte ditt riktiga namn, din e-post eller ditt telefonnummer.
kiosk-birth_year = Året du föddes
kiosk-choose = Välj
kiosk-gender = Jag är
kiosk-new_pin = Välj en PIN-kod med 4 siffror (frivilligt)
kiosk-guardian_default = En förälder eller vårdnadshavare vet att jag använder det här.
kiosk-new_save = Spara och checka in
kiosk-back = Tillbaka

nav-kiosks = Kiosker
nav-aliases = Ungdomar

kiosks-title = Kiosker
kiosks-intro = En kiosk är en surfplatta vid entrén till en enhet där ungdomar checkar in med sitt alias. Registrera kiosken och öppna sedan dess länk på surfplattan.
kiosks-unit = Enhet
kiosks-name = Kioskens namn
kiosks-language = Språk
kiosks-register = Registrera kiosk
kiosks-registered = Kiosken är registrerad. Öppna den här länken på surfplattan (den visas bara nu):
kiosks-use_here = Använd den här apparaten som kiosk (du loggas ut)
kiosks-last_used = Senast använd
kiosks-never_used = Inte använd än
kiosks-revoke = Återkalla
kiosks-revoked = Återkallad
kiosks-none = Inga kiosker än.

language-en = Engelska
language-sv = Svenska
language-fi = Finska
language-sl = Slovenska
language-lv = Lettiska
language-et = Estniska

aliases-title = Ungdomarnas alias
aliases-intro = Sök upp ett alias för att exportera allt som finns sparat om det eller för att radera det. Vid radering finns besöken kvar som anonyma siffror: ingen statistik ändras.
aliases-search = Alias börjar med
aliases-birth_year = Född
aliases-last_seen = Senast sedd
aliases-export = Exportera (JSON)
aliases-erase = Radera
aliases-confirm_erase = Radera { $alias }? Det går inte att ångra.
aliases-erased = Raderat.
aliases-none = Inga alias hittades.

check_ins-title = Incheckade
check_ins-none = Ingen har checkat in med alias.
check_ins-alias = Alias
check_ins-add = Checka in
check_ins-erased = (raderat alias)
check_ins-counted = Incheckningarna lägger till { $count } besök.

settings-time_zone = Tidszon (IANA-namn, t.ex. Europe/Stockholm)
settings-default_language = Språk för nya konton och kiosker
settings-consent_text = Text som kiosken visar för ungdomar under samtyckesåldern (tomt: den inbyggda texten)

structure-check_in_opens_session = En incheckning när inget tillfälle pågår öppnar dagens tillfälle
structure-default_open_activity = Förvald öppen verksamhet
structure-no_default_activity = Ingen

nav-reports = Rapporter

report-title = Rapporter
report-this_month = Den här månaden
report-half_year = Det här halvåret
report-this_year = Det här året
report-last_year = Förra året
report-from = Från
report-to = Till
report-units = Enheter (inga markerade: alla dina)
report-group_by = Gruppera efter
report-group-none = Ingen gruppering
report-group-unit = Enhet
report-group-activity = Aktivitet
report-group-kind = Typ av aktivitet
report-group-topic = Tema
report-group-delivery_mode = Genomförandeform
report-group-month = Månad
report-group-unit_type = Typ av enhet
report-group-organisation = Organisation
report-bands = Åldersgrupper (t.ex. 7-12,13-26; tomt: organisationens)
report-show = Visa
report-figures = Mått
report-views = Rapportens vyer
report-this_period = Perioden
report-year_earlier = Ett år tidigare
report-change = Förändring
report-points = { $value } procentenheter
report-figure-sessions = Tillfällen
report-figure-visits = Besök
report-figure-unique_visitors = Unika besökare
report-figure-first_time_visitors = Förstagångsbesökare
report-figure-opening_hours = Öppettimmar
report-figure-group_hours = Grupptimmar
report-figure-activity_hours = Aktivitetstimmar
report-figure-youth_led_hours = Ungdomsledda timmar
report-figure-youth_led_share = Andel ungdomsledda timmar
report-figure-youth_producers = Ungdomar som arrangerar
report-figure-visits_per_session = Besök per tillfälle
report-figure-visits_per_opening_hour = Besök per öppettimme
report-figure-share_girls = Andel tjejer
report-figure-share_boys = Andel killar
report-figure-share_non_binary = Andel icke-binära
report-figure-visits_girl = Besök av tjejer
report-figure-visits_boy = Besök av killar
report-figure-visits_non_binary = Besök av icke-binära
report-figure-visits_not_stated = Besök, kön ej angivet
report-figure-visits_ages = Besök, { $min }–{ $max } år
report-figure-visits_unbanded = Besök över flera åldersgrupper
report-figure-visits_outside_bands = Besök utanför åldersgrupperna
report-figure-visits_age_unknown = Besök, okänd ålder
report-figure-visits_per_1000_residents = Besök per 1 000 invånare i åldern { $min }–{ $max } år
report-figure-cost_per_visit = Kostnad per besök
report-column-group = Grupp
report-column-key = ID
report-total = Totalt
number-percent = { $value } %
report-chart-visits_by_gender = Besök per månad efter kön
report-chart-ages = Besök efter ålder
report-chart-hours_by_kind = Timmar per typ av aktivitet
report-chart-youth_led = Andel ungdomsledda timmar
report-age-unbanded = Över flera åldersgrupper
report-age-outside = Utanför åldersgrupperna
report-age-unknown = Okänd ålder
report-other_hours = Övriga timmar

dashboard-title = Dina enheter i år

record-title = Kvalitativ dokumentation: anteckningar och reflektioner
record-search = Sök text i anteckningar och svar
record-none = Inga anteckningar eller svar under den här perioden.
record-tab = Anteckningar och reflektioner
record-more = { $count ->
    [one] Visa en till
   *[other] Visa fler ({ $count } kvar)
}

report-export-csv = Ladda ner CSV
report-export-xlsx = Ladda ner Excel (XLSX)

nav-annual_report = Årsrapport
nav-network = Nätverket
nav-networks = Nätverk

network-members = Medlemmar och inbjudningar
network-invite_which = Organisation att bjuda in
network-invite = Bjud in
network-statistics = Statistik { $from } – { $to }
network-suppression = Celler med färre än { $min } ungdomar döljs, liksom de celler som skulle kunna avslöja dem.
network-figure = Mått
network-min_cell = Dölj celler med färre ungdomar än
network-save_min_cell = Spara inställningarna
network-age_bands = Åldersgrupper i statistiken (t.ex. 6-12,13-15)
network-rate_ages = Åldrar för besök per 1 000 invånare (t.ex. 6-20)
network-grains = Statistiken lämnas ut för hela kalendermånader, kvartal och år och bara i dessa åldersgrupper, så att inga två uttag kan dras från varandra för att räkna fram ett dolt antal. De låses när statistiken väl har tagits ut.
network-total = Alla medlemmar
network-suppressed = dold
network-perturbed = Antalen är slumpjusterade med högst { $most } uppåt eller nedåt, på samma sätt i varje uttag (cellnyckelmetoden), så att ingen enskild ung person kan räknas fram; kvoterna bygger på de justerade antalen.
network-comparison = Medlemmarna jämförda med nätverkets median
network-comparison_chart = Besök per medlem och nätverkets median
network-median = Nätverkets median
network-surveys = Ungdomsenkäter sida vid sida
network-surveys_intro = Medlemmar som i år har genomfört samma inbyggda enkät. En medlem med för få svar döljs och räknas inte in i totalen; medianen kräver fem medlemmar.
network-survey_template = Enkät
network-survey_member = Medlem
network-survey_total = Alla visade medlemmar
network-survey_hidden = För få svar för att visas
network-pulls = Hämtningar av statistiken
network-no_pulls = Inga hämtningar än.
network-pulled_by_member = en administratör i en annan medlemsorganisation
network-organisations = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisationer
}

membership-invited = Inbjuden
membership-declined = Tackat nej
membership-member = Medlem
membership-ended = Avslutat
membership-accept = Tacka ja
membership-decline = Tacka nej
membership-end = Avsluta

nav-api_tokens = API-nycklar
nav-key_figures = Nyckeltal

key_figures-title = Årets nyckeltal
key_figures-intro = Kommunens invånare per ålder och årets kostnad, personal och öppetveckor ger besök per 1 000 invånare och kostnad per besök – här och i era nätverks statistik.
key_figures-residents = Invånare per ålder
key_figures-cost = Årets kostnad
key_figures-staff = Personal (årsarbetare)
key_figures-opening_weeks = Öppetveckor
key_figures-save = Spara nyckeltalen
key_figures-rates = Beräknade tal
key_figures-per_1000 = Besök per 1 000 invånare i åldern { $min }–{ $max } år
key_figures-cost_per_visit = Kostnad per besök

token-title = API-nycklar
token-intro = En API-nyckel låter ett annat system använda API:t i ditt namn, med de behörigheter du ger den, till och med sista giltighetsdagen. Den visas bara en gång. Återkalla den när den inte behövs längre.
token-name = Vad den ska användas till
token-scopes = Den får
token-scope-reports_read = Läsa rapporter
token-scope-sessions_read = Läsa tillfällen och anteckningar
token-scope-sessions_write = Logga och ändra tillfällen
token-scope-structure_read = Läsa enheter och aktiviteter
token-scope-statistics_read = Hämta nätverkets statistik
token-expires_on = Sista giltighetsdag
token-expires = Gäller till och med { $day }
token-create = Skapa nyckeln
token-copy_now = Kopiera nyckeln nu: den visas inte igen.

networks-title = Nätverk
networks-intro = Nätverk som ni är med i ser era siffror i sin statistik – aldrig anteckningar, reflektioner eller alias, och aldrig celler med färre ungdomar än gränsvärdet.
networks-none = Inget nätverk har bjudit in er organisation.
networks-comparison = Er organisation jämförd med medianen i { $network }
networks-pulls = Hämtningar som innehöll era siffror

annual-title = Årsrapport { $year }
annual-year = År
annual-print = Skriv ut
annual-pdf = Ladda ner PDF
annual-visits_per_month = Besök per månad
annual-aims = Årets mål
annual-no_aims = Inga mål för det här året.
annual-surveys = Ungdomsenkäter
annual-no_surveys = Ingen enkätomgång avslutades i år.
annual-analysis = Vår analys
annual-save = Spara analysen
annual-saved = Sparat.

register-open = Ny här? Registrera ungdomens alias
register-new_title = Registrera en ungdom
register-alias_hint = Smeknamnet som ungdomen checkar in med: inte riktigt namn, e-post eller telefonnummer.
register-alias = Ungdomens alias
register-birth_year = Födelseår
register-choose = Välj
register-gender = Kön
register-new_pin = En PIN-kod med 4 siffror som ungdomen väljer (frivilligt)
register-guardian_default = En förälder eller vårdnadshavare vet att ungdomen använder det här.
register-new_save = Registrera och checka in

structure-unit = Enhet
structure-move_keeps_sessions = Tidigare tillfällen ligger kvar hos { $from }, där de ägde rum; tillfällen som loggas från och med nu räknas till { $to }.

# The public survey page (young people answer here)
survey-language = Språk
survey-intro = Dina svar är anonyma: vi frågar inte efter ditt namn, och ingen kan se vem som svarade vad.
survey-required = obligatorisk
survey-optional = frivillig
survey-about-you = Om dig
survey-gender = Kön
survey-gender-girl = Tjej
survey-gender-boy = Kille
survey-gender-non_binary = Icke-binär
survey-gender-not_stated = Vill inte säga
survey-age-band = Ålder
survey-age-not-stated = Vill inte säga
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Skicka mina svar
survey-thanks-title = Tack!
survey-thanks = Dina svar har sparats.
survey-already = Du har redan svarat på den här enkäten på den här enheten. Tack!
survey-not-open = Enkäten är inte öppen just nu.
survey-not-found = Den här enkätlänken fungerar inte. Kolla adressen eller be personalen om en ny.
survey-fix = Kolla svaren som är markerade nedan.
survey-missing = Svara på den här frågan.
survey-too-long = Svaret är för långt.
survey-invalid-choice = Välj ett av alternativen.
survey-too-fast = Det gick snabbt! Ta en stund och läs frågorna, och skicka sedan igen.
survey-no-device = Dina svar har inte skickats än: sidan behöver komma ihåg att den här telefonen har svarat. Skicka igen. Om det händer igen, tillåt cookies för den här webbplatsen.
survey-not-text = Skriv bara vanlig text.
survey-too-many = För många svar härifrån just nu. Försök igen om några minuter.
survey-kiosk-next = Om en liten stund börjar enkäten om för nästa person.
survey-kiosk-again = Nästa person
survey-poster-title = Säg vad du tycker!
survey-poster-text = Skanna koden med mobilkameran och svara på en kort enkät. Den är anonym.
survey-poster-open = Öppen till { $date }

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Enkäter
surveys-title = Ungdomsenkäter
surveys-intro = Ungdomarna svarar anonymt i sina egna mobiler eller på en surfplatta på enheten. Resultaten visas när en omgång har stängts med tillräckligt många svar.
surveys-questionnaires = Frågeformulär
surveys-no_questionnaires = Inga frågeformulär än. Börja från ett färdigt.
surveys-questions = { $count ->
    [one] { $count } fråga
   *[other] { $count } frågor
}
surveys-copy_template = Kopiera ”{ $name }”
surveys-copied = Frågeformuläret har kopierats. Nu kan du starta en omgång med det.
surveys-rounds = Enkätomgångar
surveys-no_rounds = Inga enkätomgångar än.
surveys-status-upcoming = Inte startad än
surveys-status-open = Öppen
surveys-status-closed = Stängd
surveys-answers = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
surveys-link = Länk för ungdomar
surveys-kiosk_link = Länk för en gemensam surfplatta
surveys-qr = QR-kod (SVG)
surveys-poster = Affisch att skriva ut (PDF)
surveys-close = Stäng omgången nu
surveys-results = Resultat
surveys-new_round = Starta en omgång
surveys-questionnaire = Frågeformulär
surveys-round_title = Rubrik
surveys-opens = Första dagen
surveys-closes = Sista dagen
surveys-language = Språk som sidan öppnas på
surveys-where = Var enkäten genomförs
surveys-whole_organisation = Hela organisationen
surveys-activities = Eller bara vid de här aktiviteterna
surveys-start = Starta omgången
surveys-started = Omgången har startats. Dela länken eller skriv ut affischen.
surveys-results_title = Resultat: { $title }
surveys-results_wait = Resultaten visas när omgången har stängts.
surveys-results_too_few = Färre än { $min } svar, så inga resultat visas: med så få svar skulle någons svar kunna kännas igen.
surveys-breakdown = Visa per
surveys-breakdown-none = Alla tillsammans
surveys-breakdown-gender = Kön
surveys-breakdown-age_band = Åldersgrupp
surveys-breakdown_note = En grupp visas bara när både den och alla andra har minst { $min } svar.
surveys-group-all = Alla
surveys-group-not_stated = Ej angivet
surveys-hidden = För få svar för att visas.
surveys-mean = Medelvärde { $value } (1–5)
surveys-agreeing = { $value } håller med (4–5)
surveys-free_text = Fritextsvar
surveys-no_free_text = Inga fritextsvar.
surveys-download_csv = Ladda ner CSV
surveys-download_xlsx = Ladda ner Excel (XLSX)
surveys-column-group = Grupp
surveys-column-question = Fråga
surveys-column-answer = Svar
surveys-column-count = Antal svar
surveys-column-answered = Svarade på frågan
surveys-column-mean = Medelvärde (1–5)
surveys-column-agreeing = Håller med (4–5), %

# The questionnaire builder (org admins)
builder-new = Nytt frågeformulär
builder-edit = Redigera
builder-title_new = Nytt frågeformulär
builder-title_edit = Redigera ”{ $name }”
builder-name = Namn
builder-ask_gender = Fråga efter ungdomens kön (det är alltid frivilligt att svara)
builder-ask_age_band = Fråga efter ungdomens åldersgrupp (det är alltid frivilligt att svara)
builder-language = Språket du skriver på
builder-language_note = Skriv varje text på alla språk som era ungdomar läser. En text som saknas på något språk visas på omgångens språk.
builder-question = Fråga { $number }
builder-kind = Typ av fråga
builder-kind-likert = Skala från 1 till 5
builder-kind-single_choice = Välj ett alternativ
builder-kind-multiple_choice = Välj flera alternativ
builder-kind-free_text = Med egna ord
builder-text = Fråga
builder-help = Hjälptext (frivillig)
builder-low = Vad 1 betyder
builder-high = Vad 5 betyder
builder-option = Alternativ { $number }
builder-add_option = Lägg till ett alternativ
builder-remove_option = Ta bort alternativ { $number }
builder-required = Svaret är obligatoriskt
builder-up = Flytta upp
builder-down = Flytta ned
builder-remove = Ta bort frågan
builder-add = Lägg till en fråga
builder-archived = Arkiverat (inga nya omgångar)
builder-save = Spara frågeformuläret
builder-saved = Frågeformuläret har sparats.

## Follow-up of aims (issue 20)
nav-follow_up = Uppföljning
settings-follow_up_margin = En indikator räknas som ”nära” inom (procentenheter för en andel, annars procent av målvärdet)
follow-title = Uppföljning av mål
follow-intro = Varje indikator räknas fram ur de tillfällen ni loggar och ur ungdomsenkäterna, och jämförs med ert målvärde.
follow-scope = Vems mål
follow-organisation = Hela organisationen
follow-no_aims = Inga mål än. Anta målen från Tillräckligt bra nedan, eller sätt upp ett eget mål.
follow-no_indicators = Målet har inga indikatorer än. Redigera det för att lägga till en.
follow-new_aim = Nytt mål
follow-edit_aim = Redigera målet
follow-so_far = hittills
follow-based_on = utifrån { $count }
follow-trend = Trend: { $name }
follow-metric_sessions = Tillfällen
follow-metric_visits = Besök
follow-metric_unique_visitors = Unika besökare
follow-metric_first_time_visitors = Förstagångsbesökare
follow-metric_share_girls = Andel tjejer av besöken
follow-metric_share_boys = Andel killar av besöken
follow-metric_share_non_binary = Andel icke-binära av besöken
follow-metric_share_girls_unique = Andel tjejer bland ungdomarna som kom
follow-metric_share_boys_unique = Andel killar bland ungdomarna som kom
follow-metric_share_non_binary_unique = Andel icke-binära bland dem som kom
follow-metric_opening_hours = Öppettimmar
follow-metric_group_hours = Grupptimmar
follow-metric_activity_hours = Aktivitetstimmar
follow-metric_youth_led_hours = Ungdomsledda timmar
follow-metric_youth_led_share = Andel ungdomsledda aktivitetstimmar
follow-metric_youth_producers = Ungdomar som arrangerar
follow-metric_producers_per_100_visits = Ungdomar som arrangerar per 100 besök
follow-metric_visits_per_session = Besök per tillfälle
follow-metric_visits_per_opening_hour = Besök per öppettimme
follow-metric_survey_agreeing = Håller med om ”{ $question }”
follow-status_met = Uppnått
follow-status_close = Nära
follow-status_not_met = Inte uppnått
follow-status_not_enough_data = För lite underlag
follow-target_at_least = målvärde minst { $target }
follow-target_at_most = målvärde högst { $target }
follow-plan = Handlingsplan
follow-notes = Anteckningar
follow-action = { $what } – senast { $when } – { $who }
follow-action_done = klart
follow-no_plan = Ingen handlingsplan är skriven än.
follow-plan_what = Vad vi ska göra
follow-plan_when = Senast när
follow-plan_who = Vem
follow-plan_done = Klart
follow-plan_add = Lägg till en åtgärd
follow-plan_remove = Ta bort åtgärden
follow-plan_save = Spara anteckningarna och planen
follow-plan_saved = Anteckningarna och planen har sparats.
follow-plan_written = Senast sparad av { $who }, { $when }
follow-plan_history = Tidigare versioner
follow-good_enough = Tillräckligt bra
follow-good_enough_intro = De KEKS-områden som era uppgifter kan följa upp, med målvärden att utgå från. Anta dem för i år och ändra dem som ni vill.
follow-adopt = Anta
follow-adopt_all = Anta alla
follow-adopted = Antaget: { $title }
follow-in_use = Används i år
aim-new = Nytt mål
aim-edit = Redigera målet
aim-name = Vad vi strävar efter
aim-unit = För
aim-from = Från
aim-to = Till
aim-archived = Arkiverat (följs inte längre upp)
aim-indicators = Indikatorer
aim-metric = Mått
aim-question = Enkätfråga
aim-comparator = Villkor
aim-comparator-at_least = minst
aim-comparator-at_most = högst
aim-target = Målvärde
aim-target_from = Ett ändrat målvärde gäller från och med
aim-baseline = Utgångsläge (frivilligt)
aim-grain = Följs upp per
aim-grain-month = månad
aim-grain-quarter = kvartal
aim-grain-year = år
aim-min_denominator = ”För lite underlag” under
aim-add_indicator = Lägg till en indikator
aim-remove_indicator = Ta bort indikatorn
aim-save = Spara målet
aim-saved = Målet har sparats.
network-good_enough = Tillräckligt bra bland medlemmarna
network-good_enough_intro = Hur många medlemsorganisationer som i år når varje indikator i Tillräckligt bra, var och en mätt mot mallens eget målvärde. Endast antal medlemmar visas.
network-good_enough_indicator = Indikator
network-good_enough_met = Uppnått
network-good_enough_close = Nära
network-good_enough_not_met = Inte uppnått
network-good_enough_no_data = För lite underlag
follow-column_value = Värde
follow-column_status = Status
follow-periods = Målets alla perioder
follow-column_period = Period
follow-plan_action = Åtgärd { $number }
aim-indicator = Indikator { $number }

outbox-waiting = Väntar på att skickas ({ $count })
outbox-session = Tillfälle: { $activity }, { $date }
outbox-check_in = Incheckning: { $alias }, tillfället { $date }
outbox-send_now = Skicka nu
outbox-fix = Rätta
outbox-discard = Släng
outbox-sign_in_again = Din inloggning har gått ut. Logga in igen så skickas det som väntar.
outbox-session_kept = Ingen anslutning: tillfället sparas på den här enheten och skickas så fort du har anslutning.
outbox-check_in_kept = Ingen anslutning: incheckningen sparas på den här enheten och skickas så fort du har anslutning.
outbox-sign_out_waiting = Väntar på att skickas: { $count }. De sparas på den här enheten och skickas när du loggar in igen. Logga ut?
