# Logbook teksti latviešu valodā (Logbook's texts in Latvian).

app-name = Logbook
app-loading = Ielādē…
app-retry = Mēģināt vēlreiz
app-close = Aizvērt

nav-home = Sākums
nav-me = Mans konts
nav-logout = Iziet
nav-language = Valoda
nav-main = Galvenā navigācija
nav-menu = Izvēlne

login-title = Pieteikšanās sistēmā Logbook
login-email = E-pasta adrese
login-password = Parole
login-submit = Pieteikties
login-submitting = Piesakās…

home-title = Sveicināti, { $name }
home-intro = Logbook glabā Jūsu jaunatnes darba uzskaiti: nodarbības, kas uz tām ieradās un kas tajās notika.

me-title = Mans konts
me-name = Vārds
me-email = E-pasta adrese
me-role = Loma
me-organisation = Organizācija
me-no_organisation = Nav (sistēmas administrators)

not_found-title = Lapa nav atrasta
not_found-back = Atpakaļ uz sākumlapu

role-system_admin = Sistēmas administrators
role-network_admin = Tīkla administrators
role-org_admin = Organizācijas administrators
role-unit_manager = Struktūrvienības vadītājs
role-youth_worker = Jaunatnes darbinieks
role-viewer = Skatītājs

error-bad_request = Pieprasījumu neizdevās saprast.
error-unauthorized = Lūdzu, piesakieties vēlreiz.
error-invalid_credentials = Nepareiza e-pasta adrese vai parole.
error-token_expired = Jūsu sesija ir beigusies. Lūdzu, piesakieties vēlreiz.
error-forbidden = Jums nav tiesību to darīt.
error-not_found = Nav atrasts.
error-method_not_allowed = Šeit šī darbība nav iespējama.
error-conflict = Tas ir pretrunā ar jau esošiem datiem.
error-payload_too_large = Pārāk daudz datu vienlaikus.
error-unsupported_media_type = Pieprasījums nosūtīts nepareizā formātā.
error-validation_failed = Lūdzu, izlabojiet atzīmētos laukus.
error-too_many_requests = Pārāk daudz mēģinājumu. Lūdzu, brīdi uzgaidiet un mēģiniet vēlreiz.
error-internal = Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.
error-unavailable = Nevar sazināties ar serveri. Pārbaudiet interneta savienojumu.

field_error-email = Ievadiet derīgu e-pasta adresi.
field_error-length = Nepareizs garums.
field_error-range = Vērtība ir ārpus pieļaujamā diapazona.
field_error-required = Šis lauks ir obligāts.
field_error-archived = Tas ir arhivēts; izvēlieties citu.
field_error-type = Nepareizs vērtības veids.

nav-structure = Struktūra
nav-users = Lietotāji
nav-settings = Iestatījumi

home-your_units = Jūsu struktūrvienības

invitation-title = Paroles iestatīšana
invitation-for = Sveicināti, { $name }! Izvēlieties paroli kontam { $email } organizācijā { $tenant }.
invitation-password = Jaunā parole (vismaz 10 rakstzīmes)
invitation-submit = Saglabāt paroli
invitation-done = Jūsu parole ir iestatīta. Tagad varat pieteikties.
invitation-invalid = Šī saite nedarbojas: tā jau ir izmantota, tai beidzies derīgums vai tajā ir kļūda. Lūdziet administratoram jaunu saiti.

structure-title = Struktūra
structure-no_units = Vēl nav nevienas struktūrvienības.
structure-archived = Arhivēta
structure-archive = Arhivēt
structure-restore = Atjaunot
structure-add_unit = Pievienot struktūrvienību
structure-name = Nosaukums
structure-unit_type = Struktūrvienības veids
structure-activity_name = Jauna aktivitāte
structure-kind = Veids
structure-delivery_mode = Norises forma
structure-platform = Platforma (piem., Discord)
structure-add_activity = Pievienot aktivitāti

unit_type-youth_centre = Jauniešu centrs
unit_type-meeting_place = Jauniešu tikšanās vieta
unit_type-department = Nodaļa
unit_type-project_office = Projektu birojs
unit_type-other = Cits

kind-open = Atvērtā aktivitāte
kind-group = Grupa
kind-event = Pasākums
kind-project = Projekts
kind-outreach = Ielu darbs

delivery-on_site = Klātienē
delivery-digital = Digitāli
delivery-hybrid = Hibrīdi

users-title = Lietotāji
users-name = Vārds
users-role = Loma
users-units = Struktūrvienības
users-status = Statuss
users-whole_organisation = Visa organizācija
users-pending = Uzaicināts
users-active = Aktīvs
users-inactive = Deaktivizēts
users-new_link = Jauna saite
users-deactivate = Deaktivizēt
users-activate = Aktivizēt
users-invite = Uzaicināt lietotāju
users-units_hint = Struktūrvienības (ja nav izvēlēta neviena — visa organizācija)
users-link_hint = Nokopējiet šo saiti un nododiet to attiecīgajai personai. To var izmantot vienu reizi, un tā ir derīga 7 dienas.

settings-title = Iestatījumi
settings-age_bands = Vecuma grupas apmeklējumu uzskaitei
settings-band_min = Vecums no
settings-band_max = Vecums līdz
settings-remove_band = Noņemt
settings-add_band = Pievienot vecuma grupu
settings-survey_min_responses = Mazākais aptaujas atbilžu skaits, lai rādītu rezultātus
settings-network_min_cell = Mazākais jauniešu skaits šūnā, ko rāda tīkliem
settings-digital_consent_age = Digitālās piekrišanas vecums
settings-alias_retention_months = Dzēst neizmantotus segvārdus pēc (mēnešiem)
settings-audit_retention_months = Dzēst izmaiņu žurnāla ierakstus pēc (mēnešiem; 0 glabā tos tik ilgi, cik nodarbības)
settings-save = Saglabāt iestatījumus
settings-saved = Saglabāts.

field_error-band_order = Augšējā vecuma robeža nedrīkst būt zemāka par apakšējo.
field_error-band_overlap = Vecuma grupām jābūt augošā secībā, un tās nedrīkst pārklāties.
field_error-date_order = Šis datums ir pirms sākuma datuma.
field_error-not_a_project = Projekta informācija ir tikai projektiem.
field_error-duplicate = Norādīts divreiz.
field_error-unknown = Tas neeksistē, vai Jums nav tiesību to izmantot.
field_error-taken = Tas jau ir aizņemts.
field_error-wrong_password = Šī nav Jūsu pašreizējā parole.
field_error-not_an_organisation_role = Izvēlieties kādu no organizācijas lomām.
field_error-org_admin_scope = Organizācijas administratora tiesības attiecas uz visu organizāciju.

me-change_password = Mainīt paroli
me-current_password = Pašreizējā parole
me-password_changed = Jūsu parole ir nomainīta. Pārējās ierīcēs ir veikta izrakstīšanās.

structure-save = Saglabāt
structure-edit = Rediģēt
structure-close = Aizvērt
structure-topics = Tēmas
structure-active_from = Norisinās no
structure-active_to = Norisinās līdz
structure-usual_start_time = Parasti sākas
structure-usual_end_time = Parasti beidzas

project-start_date = Projekta sākums
project-end_date = Projekta beigas
project-goals = Projekta mērķi
project-target_group = Mērķgrupa
project-description = Apraksts
project-partners = Partneri
project-funding_programme = Finansējuma programma
project-contact_person = Kontaktpersona

topic-leisure = Brīvais laiks
topic-culture = Kultūra
topic-sport = Sports
topic-learning_support = Mācību atbalsts
topic-counselling = Konsultēšana
topic-information = Informēšana
topic-volunteering = Brīvprātīgais darbs
topic-mobility = Mobilitāte

topics-title = Tēmas
topics-new = Jauna tēma
topics-add = Pievienot tēmu

nav-log_session = Ierakstīt nodarbību
nav-sessions = Nodarbības

session-log_title = Ierakstīt nodarbību
session-no_activities = Vēl nav nevienas aktivitātes, kurai ierakstīt nodarbības. Tās pievieno Jūsu organizācijas administrators sadaļā Struktūra.
session-activity = Aktivitāte
session-date = Datums
session-start = Sākums
session-end = Beigas
session-ends_next_day = Beidzas nākamajā dienā (pēc pusnakts).
session-attendance = Kas ieradās
session-total = Kopā: { $count }
session-fewer = Par vienu mazāk: { $cell }
session-more = Par vienu vairāk: { $cell }
session-age_unknown = Vecums nav zināms
session-youth_led = Plānoja un vadīja jaunieši
session-youth_led_short = Jauniešu vadīta
session-youth_producers = Jaunieši, kas to organizēja
session-staff = Darbinieki
session-volunteers = Brīvprātīgie
session-notes = Piezīmes: kas notika un kāpēc
session-aims = Veicina mērķus
session-save = Saglabāt nodarbību
session-save_changes = Saglabāt izmaiņas
session-saved = { $visits ->
    [zero] Nodarbība saglabāta ({ $visits } apmeklējumu). Veidlapa ir gatava nākamajai.
    [one] Nodarbība saglabāta ({ $visits } apmeklējums). Veidlapa ir gatava nākamajai.
   *[other] Nodarbība saglabāta ({ $visits } apmeklējumi). Veidlapa ir gatava nākamajai.
}
session-duplicate_last = Sākt ar manas pēdējās nodarbības datiem
session-log_another = Ierakstīt vēl vienu

sessions-title = Nodarbības
sessions-none = Vēl nav nevienas nodarbības.
sessions-all_activities = Visas aktivitātes
sessions-visits = { $count ->
    [zero] { $count } apmeklējumu
    [one] { $count } apmeklējums
   *[other] { $count } apmeklējumi
}
sessions-week = { $year }. gada { $week }. nedēļa
sessions-more = Rādīt vecākas nodarbības
sessions-edit_title = Labot nodarbību
sessions-delete = Dzēst šo nodarbību

gender-girl = Meitene
gender-boy = Puisis
gender-non_binary = Nebināra persona
gender-not_stated = Nav norādīts

field_error-equal_times = Nodarbība nevar beigties tajā pašā laikā, kad tā sākas.
field_error-in_the_future = Šī diena vēl nav pienākusi.
field_error-unknown_age_band = Tā nav neviena no Jūsu organizācijas vecuma grupām.
field_error-not_asked = Šis jautājums šai aktivitātei netiek uzdots.

questions-title = Refleksijas jautājumi
questions-text = Jautājums
questions-add = Pievienot jautājumu
questions-retire = Vairs neuzdot
questions-bring_back = Uzdot atkal
questions-retired = Vairs netiek uzdots
questions-kinds_hint = Tiek uzdots šo veidu aktivitātēs (ja nav izvēlēts neviens — visos veidos)
questions-units_hint = Tiek uzdots šajās struktūrvienībās (ja nav izvēlēta neviena — visās)
questions-in_sv = Zviedru valodā
questions-in_fi = Somu valodā
questions-in_sl = Slovēņu valodā
questions-in_lv = Latviešu valodā
questions-in_et = Igauņu valodā

error-check_in_closed = Reģistrācija šobrīd ir slēgta: šeit nenotiek neviena nodarbība.

field_error-looks_like_email = Vajadzīga iesauka, nevis e-pasta adrese.
field_error-looks_like_phone = Vajadzīga iesauka, nevis tālruņa numurs (ne vairāk kā 5 cipari).
field_error-pin_format = PIN sastāv tieši no 4 cipariem.
field_error-implausible_birth_year = Dzimšanas gads šķiet nepareizs.
field_error-guardian_confirmation_required = Vispirms tas jāapstiprina.
field_error-not_recognised = Šāds segvārds un PIN nav atpazīti.
field_error-unknown_time_zone = Tas nav laika joslas nosaukums, piemēram, Europe/Riga.
field_error-not_an_open_activity_of_the_unit = Izvēlieties kādu no šīs struktūrvienības atvērtajām aktivitātēm.
field_error-unknown_language = Izvēlieties kādu no piedāvātajām valodām.

kiosk-not_registered = Šī ierīce nav kiosks. Darbinieki: reģistrējiet to sadaļā Kioski un atveriet kioska saiti šeit.
kiosk-fullscreen = Pilnekrāns
kiosk-welcome = Laipni lūdzam, { $alias }!
kiosk-already_checked_in = Tava ierašanās jau ir reģistrēta, { $alias }.
kiosk-next = Tālāk
kiosk-check_in_title = Reģistrēties
kiosk-alias = Tavs segvārds
kiosk-pin_if_any = PIN (ja tev tāds ir)
kiosk-check_in = Reģistrēties
kiosk-new_here = Esmu šeit pirmo reizi
kiosk-new_title = Izveido savu segvārdu
kiosk-alias_hint = Iesauka, ko lieto tikai tu. Ne tavs īstais vārds, e-pasts vai tālruņa numurs.
kiosk-birth_year = Dzimšanas gads
kiosk-choose = Izvēlies
kiosk-gender = Es esmu
kiosk-new_pin = Izvēlies 4 ciparu PIN (nav obligāti)
kiosk-guardian_default = Vecāks vai aizbildnis zina, ka es to izmantoju.
kiosk-new_save = Saglabāt un reģistrēties
kiosk-back = Atpakaļ

nav-kiosks = Kioski
nav-aliases = Jaunieši

kiosks-title = Kioski
kiosks-intro = Kiosks ir planšetdators pie struktūrvienības durvīm, kurā jaunieši reģistrējas ar savu segvārdu. Reģistrējiet ierīci un pēc tam atveriet tās saiti planšetdatorā.
kiosks-unit = Struktūrvienība
kiosks-name = Ierīces nosaukums
kiosks-language = Valoda
kiosks-register = Reģistrēt kiosku
kiosks-registered = Kiosks reģistrēts. Atveriet šo saiti planšetdatorā (tā tiek parādīta tikai tagad):
kiosks-use_here = Izmantot šo ierīci kā kiosku (notiks izrakstīšanās no Jūsu konta)
kiosks-last_used = Pēdējoreiz izmantots
kiosks-never_used = Vēl nav izmantots
kiosks-revoke = Atsaukt
kiosks-revoked = Atsaukts
kiosks-none = Vēl nav neviena kioska.

language-en = Angļu
language-sv = Zviedru
language-fi = Somu
language-sl = Slovēņu
language-lv = Latviešu
language-et = Igauņu

aliases-title = Jauniešu segvārdi
aliases-intro = Atrodiet segvārdu, lai eksportētu visus par to glabātos datus vai to dzēstu. Pēc dzēšanas tā apmeklējumi saglabājas kā anonīmi skaitļi: neviens rādītājs nemainās.
aliases-search = Segvārds sākas ar
aliases-birth_year = Dzimšanas gads
aliases-last_seen = Pēdējoreiz redzēts
aliases-export = Eksportēt (JSON)
aliases-erase = Dzēst
aliases-confirm_erase = Dzēst { $alias }? Šo darbību nevar atsaukt.
aliases-erased = Dzēsts.
aliases-none = Neviens segvārds nav atrasts.

check_ins-title = Reģistrējušies
check_ins-none = Neviens vēl nav reģistrējies ar segvārdu.
check_ins-alias = Segvārds
check_ins-add = Reģistrēt
check_ins-erased = (dzēsts segvārds)
check_ins-counted = Reģistrācijas palielina apmeklējumu skaitu par { $count }.

settings-time_zone = Laika josla (IANA nosaukums, piem., Europe/Riga)
settings-default_language = Jaunu kontu un kiosku valoda
settings-consent_text = Teksts, ko kiosks rāda jauniešiem, kuri nav sasnieguši piekrišanas vecumu (tukšs: iebūvētais teksts)

structure-check_in_opens_session = Ja neviena nodarbība nenotiek, reģistrācija atver dienas nodarbību
structure-default_open_activity = Noklusējuma atvērtā aktivitāte
structure-no_default_activity = Nav

nav-reports = Pārskati

report-title = Pārskati
report-this_month = Šis mēnesis
report-half_year = Šis pusgads
report-this_year = Šis gads
report-last_year = Pagājušais gads
report-from = No
report-to = Līdz
report-units = Struktūrvienības (ja nav atzīmēta neviena — visas Jūsu)
report-group_by = Grupēt pēc
report-group-none = Bez grupēšanas
report-group-unit = Struktūrvienība
report-group-activity = Aktivitāte
report-group-kind = Veids
report-group-topic = Tēma
report-group-delivery_mode = Norises forma
report-group-month = Mēnesis
report-group-unit_type = Struktūrvienības veids
report-group-organisation = Organizācija
report-bands = Vecuma grupas (piem., 7-12,13-26; tukšs: organizācijas grupas)
report-show = Rādīt
report-figures = Rādītāji
report-views = Pārskata skati
report-this_period = Šis periods
report-year_earlier = Gadu iepriekš
report-change = Izmaiņas
report-points = { $value } procentpunkti
report-figure-sessions = Nodarbības
report-figure-visits = Apmeklējumi
report-figure-unique_visitors = Unikālie apmeklētāji
report-figure-first_time_visitors = Pirmreizējie apmeklētāji
report-figure-opening_hours = Darba laika stundas
report-figure-group_hours = Grupu nodarbību stundas
report-figure-activity_hours = Aktivitāšu stundas
report-figure-youth_led_hours = Jauniešu vadītās stundas
report-figure-youth_led_share = Jauniešu vadīto stundu īpatsvars
report-figure-youth_producers = Jaunieši organizatori
report-figure-visits_per_session = Apmeklējumi uz vienu nodarbību
report-figure-visits_per_opening_hour = Apmeklējumi uz vienu darba laika stundu
report-figure-share_girls = Meiteņu īpatsvars
report-figure-share_boys = Puišu īpatsvars
report-figure-share_non_binary = Nebināro personu īpatsvars
report-figure-visits_girl = Meiteņu apmeklējumi
report-figure-visits_boy = Puišu apmeklējumi
report-figure-visits_non_binary = Nebināro personu apmeklējumi
report-figure-visits_not_stated = Apmeklējumi, dzimums nav norādīts
report-figure-visits_ages = { $max ->
    [one] Apmeklējumi vecumā no { $min } līdz { $max } gadam
   *[other] Apmeklējumi vecumā no { $min } līdz { $max } gadiem
}
report-figure-visits_unbanded = Apmeklējumi pāri vecuma grupu robežām
report-figure-visits_outside_bands = Apmeklējumi ārpus vecuma grupām
report-figure-visits_age_unknown = Apmeklējumi, vecums nav zināms
report-figure-visits_per_1000_residents = { $max ->
    [one] Apmeklējumi uz 1000 iedzīvotājiem vecumā no { $min } līdz { $max } gadam
   *[other] Apmeklējumi uz 1000 iedzīvotājiem vecumā no { $min } līdz { $max } gadiem
}
report-figure-cost_per_visit = Izmaksas uz vienu apmeklējumu
report-column-group = Grupa
report-column-key = ID
report-total = Kopā
number-percent = { $value }%
report-chart-visits_by_gender = Apmeklējumi pa mēnešiem un dzimumiem
report-chart-ages = Apmeklējumi pēc vecuma
report-chart-hours_by_kind = Stundas pēc aktivitātes veida
report-chart-youth_led = Jauniešu vadīto stundu īpatsvars
report-age-unbanded = Pāri vecuma grupu robežām
report-age-outside = Ārpus vecuma grupām
report-age-unknown = Vecums nav zināms
report-other_hours = Citas stundas

dashboard-title = Jūsu struktūrvienības šogad

record-title = Kvalitatīvie ieraksti: piezīmes un refleksijas
record-search = Meklēt tekstu piezīmēs un atbildēs
record-none = Šajā periodā nav piezīmju vai atbilžu.
record-tab = Piezīmes un pārdomas
record-more = { $count ->
    [zero] Rādīt vairāk (vēl { $count })
    [one] Rādīt vairāk (vēl { $count })
   *[other] Rādīt vairāk (vēl { $count })
}

report-export-csv = Lejupielādēt CSV
report-export-xlsx = Lejupielādēt Excel (XLSX)

nav-annual_report = Gada pārskats
nav-network = Tīkls
nav-networks = Tīkli

network-members = Dalībnieki un uzaicinājumi
network-invite_which = Organizācija, ko uzaicināt
network-invite = Uzaicināt
network-statistics = Statistika { $from } – { $to }
network-suppression = Šūnas, kurās jauniešu skaits ir mazāks par { $min }, tiek slēptas, tāpat kā šūnas, pēc kurām tās varētu atklāt.
network-figure = Rādītājs
network-min_cell = Slēpt šūnas, kurās jauniešu skaits ir mazāks par
network-save_min_cell = Saglabāt iestatījumus
network-age_bands = Statistikas vecuma grupas (piem., 6-12,13-15)
network-rate_ages = Vecums apmeklējumiem uz 1000 iedzīvotājiem (piem., 6-20)
network-grains = Skaitļi tiek izsniegti tikai par veseliem kalendāra mēnešiem, ceturkšņiem un gadiem un tikai šajās vecuma grupās, lai, atņemot vienu pieprasījumu no otra, nevarētu aprēķināt slēptu skaitu. Tās vairs nevar mainīt, kad skaitļi reiz ir izsniegti.
network-total = Visi dalībnieki
network-suppressed = slēpts
network-perturbed = Skaitļi ir nejauši nobīdīti ne vairāk kā par { $most } uz augšu vai leju, katrā pieprasījumā vienādi (šūnu atslēgas metode), lai nevienu jaunieti nevarētu atpazīt; attiecības aprēķinātas no nobīdītajiem skaitļiem.
network-comparison = Dalībnieki salīdzinājumā ar tīkla mediānu
network-comparison_chart = Apmeklējumi pa dalībniekiem un tīkla mediāna
network-median = Tīkla mediāna
network-surveys = Jauniešu aptaujas līdzās
network-surveys_intro = Dalībnieki, kuri šogad veikuši to pašu iebūvēto aptauju. Dalībnieks ar pārāk maz atbildēm tiek paslēpts un netiek iekļauts kopējā rezultātā; mediānai nepieciešami pieci dalībnieki.
network-survey_template = Aptauja
network-survey_member = Dalībnieks
network-survey_total = Visi parādītie dalībnieki
network-survey_hidden = Pārāk maz atbilžu, lai parādītu
network-pulls = Statistikas pieprasījumi
network-no_pulls = Pieprasījumu vēl nav.
network-pulled_by_member = citas dalīborganizācijas administrators
network-organisations = { $count ->
    [zero] { $count } organizāciju
    [one] { $count } organizācija
   *[other] { $count } organizācijas
}

membership-invited = Uzaicinājums nosūtīts
membership-declined = Uzaicinājums noraidīts
membership-member = Dalībnieks
membership-ended = Dalība izbeigta
membership-accept = Pieņemt
membership-decline = Noraidīt
membership-end = Izbeigt dalību

nav-api_tokens = API marķieri
nav-key_figures = Galvenie rādītāji

key_figures-title = Gada galvenie rādītāji
key_figures-intro = No Jūsu pašvaldības iedzīvotāju skaita pa vecumiem un gada izmaksām, darbiniekiem un darbības nedēļām aprēķina apmeklējumus uz 1000 iedzīvotājiem un izmaksas uz vienu apmeklējumu — šeit un Jūsu tīklu statistikā.
key_figures-residents = Iedzīvotāji pēc vecuma
key_figures-cost = Gada izmaksas
key_figures-staff = Darbinieki (pilnas slodzes ekvivalentos)
key_figures-opening_weeks = Darbības nedēļas
key_figures-save = Saglabāt galvenos rādītājus
key_figures-rates = Relatīvie rādītāji
key_figures-per_1000 = { $max ->
    [one] Apmeklējumi uz 1000 iedzīvotājiem vecumā no { $min } līdz { $max } gadam
   *[other] Apmeklējumi uz 1000 iedzīvotājiem vecumā no { $min } līdz { $max } gadiem
}
key_figures-cost_per_visit = Izmaksas uz vienu apmeklējumu

token-title = API marķieri
token-intro = Marķieris ļauj citai sistēmai izmantot API Jūsu vārdā — Jūsu piešķirto tiesību robežās un līdz tā pēdējai derīguma dienai. Tas tiek parādīts tikai vienu reizi; atsauciet to, kad tas vairs nav vajadzīgs.
token-name = Kam tas paredzēts
token-scopes = Tas drīkst
token-scope-reports_read = Lasīt pārskatus
token-scope-sessions_read = Lasīt nodarbības un piezīmes
token-scope-sessions_write = Ierakstīt un labot nodarbības
token-scope-structure_read = Lasīt struktūrvienības un aktivitātes
token-scope-statistics_read = Iegūt tīkla statistiku
token-expires_on = Pēdējā derīguma diena
token-expires = Derīgs līdz { $day }
token-create = Izveidot marķieri
token-copy_now = Nokopējiet marķieri tagad: tas vairs netiks parādīts.

networks-title = Tīkli
networks-intro = Tīkli, kuros esat dalībnieki, savai statistikai redz Jūsu rādītājus — nekad ne piezīmes, refleksijas vai segvārdus un nevienu šūnu, kurā jauniešu skaits ir mazāks par slieksni.
networks-none = Neviens tīkls nav uzaicinājis Jūsu organizāciju.
networks-comparison = Jūsu organizācija salīdzinājumā ar tīkla { $network } mediānu
networks-pulls = Pieprasījumi, kuros iekļauti Jūsu rādītāji

annual-title = { $year }. gada pārskats
annual-year = Gads
annual-print = Drukāt
annual-pdf = Lejupielādēt PDF
annual-visits_per_month = Apmeklējumi pa mēnešiem
annual-aims = Gada mērķi
annual-no_aims = Šim gadam nav mērķu.
annual-surveys = Jauniešu aptaujas
annual-no_surveys = Šogad netika noslēgta neviena aptaujas kārta.
annual-analysis = Mūsu analīze
annual-save = Saglabāt analīzi
annual-saved = Saglabāts.

register-open = Pirmo reizi šeit? Izveidojiet jaunieša segvārdu
register-new_title = Pierakstīt jaunieti
register-alias_hint = Iesauka, ar kuru jaunietis reģistrēsies: ne īstais vārds, e-pasts vai tālruņa numurs.
register-alias = Jaunieša segvārds
register-birth_year = Dzimšanas gads
register-choose = Izvēlieties
register-gender = Dzimums
register-new_pin = 4 ciparu PIN, ko jaunietis izvēlas (nav obligāti)
register-guardian_default = Vecāks vai aizbildnis zina, ka jaunietis to izmanto.
register-new_save = Pierakstīt un reģistrēt ierašanos

structure-unit = Struktūrvienība
structure-move_keeps_sessions = Iepriekšējās nodarbības paliek struktūrvienībā { $from }, kur tās notika; no šī brīža ierakstītās nodarbības tiek pieskaitītas struktūrvienībai { $to }.

# The public survey page (young people answer here)
survey-language = Valoda
survey-intro = Tavas atbildes ir anonīmas: mēs neprasām tavu vārdu, un neviens nevar redzēt, kurš ko atbildēja.
survey-required = obligāti
survey-optional = nav obligāti
survey-about-you = Par tevi
survey-gender = Dzimums
survey-gender-girl = Meitene
survey-gender-boy = Puisis
survey-gender-non_binary = Nebināra persona
survey-gender-not_stated = Negribu teikt
survey-age-band = Vecums
survey-age-not-stated = Negribu teikt
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Nosūtīt atbildes
survey-thanks-title = Paldies!
survey-thanks = Tavas atbildes ir saglabātas.
survey-already = Tu jau atbildēji uz šo aptauju šajā ierīcē. Paldies!
survey-not-open = Šī aptauja pašlaik nav atvērta.
survey-not-found = Šī aptaujas saite nedarbojas. Pārbaudi adresi vai palūdz darbiniekiem jaunu saiti.
survey-fix = Lūdzu, pārbaudi tālāk atzīmētās atbildes.
survey-missing = Lūdzu, atbildi uz šo jautājumu.
survey-too-long = Šī atbilde ir par garu.
survey-invalid-choice = Lūdzu, izvēlies vienu no variantiem.
survey-too-fast = Tas bija ātri! Atvēli brīdi, lai izlasītu jautājumus, un tad sūti vēlreiz.
survey-no-device = Tavas atbildes vēl nav nosūtītas: lapai jāatceras, ka no šī tālruņa jau ir atbildēts. Lūdzu, sūti vēlreiz. Ja tas atkārtojas, atļauj sīkfailus šai vietnei.
survey-not-text = Lūdzu, raksti tikai parastu tekstu.
survey-too-many = No šejienes pašlaik ir pārāk daudz atbilžu. Lūdzu, mēģini vēlreiz pēc dažām minūtēm.
survey-kiosk-next = Pēc brīža aptauja sāksies no jauna nākamajam cilvēkam.
survey-kiosk-again = Nākamais cilvēks
survey-poster-title = Pastāsti, ko tu domā!
survey-poster-text = Noskenē kodu ar telefona kameru un atbildi uz īsu aptauju. Tā ir anonīma.
survey-poster-open = Atvērta līdz { $date }

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Aptaujas
surveys-title = Jauniešu aptaujas
surveys-intro = Jaunieši atbild anonīmi savos telefonos vai struktūrvienības planšetdatorā. Rezultāti tiek rādīti, kad aptaujas kārta ir slēgta un atbilžu ir pietiekami daudz.
surveys-questionnaires = Anketas
surveys-no_questionnaires = Vēl nav nevienas anketas. Sāciet ar gatavu anketu.
surveys-questions = { $count ->
    [zero] { $count } jautājumu
    [one] { $count } jautājums
   *[other] { $count } jautājumi
}
surveys-copy_template = Kopēt “{ $name }”
surveys-copied = Anketa ir nokopēta. Tagad varat ar to sākt aptaujas kārtu.
surveys-rounds = Aptaujas kārtas
surveys-no_rounds = Vēl nav nevienas aptaujas kārtas.
surveys-status-upcoming = Vēl nav sākusies
surveys-status-open = Atvērta
surveys-status-closed = Slēgta
surveys-answers = { $count ->
    [zero] { $count } atbilžu
    [one] { $count } atbilde
   *[other] { $count } atbildes
}
surveys-link = Saite jauniešiem
surveys-kiosk_link = Saite koplietošanas planšetdatoram
surveys-qr = QR kods (SVG)
surveys-poster = Plakāts drukāšanai (PDF)
surveys-close = Slēgt kārtu tagad
surveys-results = Rezultāti
surveys-new_round = Sākt aptaujas kārtu
surveys-questionnaire = Anketa
surveys-round_title = Nosaukums
surveys-opens = Pirmā diena
surveys-closes = Pēdējā diena
surveys-language = Valoda, kurā atveras lapa
surveys-where = Kur notiek aptauja
surveys-whole_organisation = Visa organizācija
surveys-activities = Vai tikai šajās aktivitātēs
surveys-start = Sākt kārtu
surveys-started = Kārta ir sākta. Kopīgojiet saiti vai izdrukājiet plakātu.
surveys-results_title = Rezultāti: { $title }
surveys-results_wait = Rezultāti tiks rādīti, kad kārta būs slēgta.
surveys-results_too_few = Atbilžu ir mazāk nekā { $min }, tāpēc rezultāti netiek rādīti: ja atbilžu ir tik maz, kādu varētu atpazīt pēc viņa atbildēm.
surveys-breakdown = Rādīt pēc
surveys-breakdown-none = Visi kopā
surveys-breakdown-gender = Dzimums
surveys-breakdown-age_band = Vecuma grupa
surveys-breakdown_note = Grupa tiek rādīta tikai tad, ja gan tajā, gan pārējo vidū atbilžu skaits ir vismaz { $min }.
surveys-group-all = Visi
surveys-group-not_stated = Nav norādīts
surveys-hidden = Pārāk maz atbilžu, lai rādītu.
surveys-mean = Vidēji { $value } (1–5)
surveys-agreeing = { $value } piekrīt (4–5)
surveys-free_text = Brīvās atbildes
surveys-no_free_text = Brīvo atbilžu nav.
surveys-download_csv = Lejupielādēt CSV
surveys-download_xlsx = Lejupielādēt Excel (XLSX)
surveys-column-group = Grupa
surveys-column-question = Jautājums
surveys-column-answer = Atbilde
surveys-column-count = Atbilžu skaits
surveys-column-answered = Atbildēja uz jautājumu
surveys-column-mean = Vidējais (1–5)
surveys-column-agreeing = Piekrīt (4–5), %

# The questionnaire builder (org admins)
builder-new = Jauna anketa
builder-edit = Rediģēt
builder-title_new = Jauna anketa
builder-title_edit = Rediģēt “{ $name }”
builder-name = Nosaukums
builder-ask_gender = Jautāt jaunieša dzimumu (atbildēt nekad nav obligāti)
builder-ask_age_band = Jautāt jaunieša vecuma grupu (atbildēt nekad nav obligāti)
builder-language = Valoda, kurā rakstāt
builder-language_note = Uzrakstiet katru tekstu visās valodās, kurās lasa jūsu jaunieši. Ja kādā valodā teksta nav, tas tiek rādīts aptaujas kārtas valodā.
builder-question = { $number }. jautājums
builder-kind = Jautājuma veids
builder-kind-likert = Skala no 1 līdz 5
builder-kind-single_choice = Viena atbilde
builder-kind-multiple_choice = Vairākas atbildes
builder-kind-free_text = Saviem vārdiem
builder-text = Jautājums
builder-help = Paskaidrojums (nav obligāti)
builder-low = Ko nozīmē 1
builder-high = Ko nozīmē 5
builder-option = { $number }. variants
builder-add_option = Pievienot variantu
builder-remove_option = Noņemt { $number }. variantu
builder-required = Atbilde ir obligāta
builder-up = Pārvietot uz augšu
builder-down = Pārvietot uz leju
builder-remove = Noņemt jautājumu
builder-add = Pievienot jautājumu
builder-archived = Arhivēta (jaunas kārtas nevar sākt)
builder-save = Saglabāt anketu
builder-saved = Anketa ir saglabāta.

## Follow-up of aims (issue 20)
nav-follow_up = Uzraudzība
settings-follow_up_margin = Rādītājs tiek uzskatīts par “tuvu”, ja atšķirība nepārsniedz (procentpunktus īpatsvaram, citādi procentus no mērķvērtības)
follow-title = Mērķu uzraudzība
follow-intro = Katrs rādītājs tiek aprēķināts no Jūsu ierakstītajām nodarbībām un jauniešu aptaujām un salīdzināts ar Jūsu mērķvērtību.
follow-scope = Kuru mērķi
follow-organisation = Visa organizācija
follow-no_aims = Mērķu vēl nav. Pieņemiet zemāk “Good Enough” mērķus vai izvirziet savu mērķi.
follow-no_indicators = Šim mērķim vēl nav rādītāju. Rediģējiet to, lai pievienotu rādītāju.
follow-new_aim = Jauns mērķis
follow-edit_aim = Rediģēt mērķi
follow-so_far = līdz šim
follow-based_on = pamatojoties uz { $count }
follow-trend = Tendence: { $name }
follow-metric_sessions = Nodarbības
follow-metric_visits = Apmeklējumi
follow-metric_unique_visitors = Unikālie apmeklētāji
follow-metric_first_time_visitors = Pirmreizējie apmeklētāji
follow-metric_share_girls = Meiteņu īpatsvars apmeklējumos
follow-metric_share_boys = Puišu īpatsvars apmeklējumos
follow-metric_share_non_binary = Nebināro personu īpatsvars apmeklējumos
follow-metric_share_girls_unique = Meiteņu īpatsvars starp jauniešiem, kas apmeklēja
follow-metric_share_boys_unique = Puišu īpatsvars starp jauniešiem, kas apmeklēja
follow-metric_share_non_binary_unique = Nebināro personu īpatsvars starp tiem, kas apmeklēja
follow-metric_opening_hours = Darba laika stundas
follow-metric_group_hours = Grupu nodarbību stundas
follow-metric_activity_hours = Aktivitāšu stundas
follow-metric_youth_led_hours = Jauniešu vadītās stundas
follow-metric_youth_led_share = Jauniešu vadīto stundu īpatsvars aktivitāšu stundās
follow-metric_youth_producers = Jaunieši organizatori
follow-metric_producers_per_100_visits = Jaunieši organizatori uz 100 apmeklējumiem
follow-metric_visits_per_session = Apmeklējumi uz vienu nodarbību
follow-metric_visits_per_opening_hour = Apmeklējumi uz vienu darba laika stundu
follow-metric_survey_agreeing = Piekrīt apgalvojumam “{ $question }”
follow-status_met = Sasniegts
follow-status_close = Tuvu
follow-status_not_met = Nav sasniegts
follow-status_not_enough_data = Nepietiek datu
follow-target_at_least = mērķvērtība vismaz { $target }
follow-target_at_most = mērķvērtība ne vairāk kā { $target }
follow-plan = Rīcības plāns
follow-notes = Piezīmes
follow-action = { $what } — līdz { $when } — { $who }
follow-action_done = izpildīts
follow-no_plan = Rīcības plāns vēl nav uzrakstīts.
follow-plan_what = Ko darīsim
follow-plan_when = Termiņš
follow-plan_who = Kas atbild
follow-plan_done = Izpildīts
follow-plan_add = Pievienot darbību
follow-plan_remove = Noņemt darbību
follow-plan_save = Saglabāt piezīmes un plānu
follow-plan_saved = Piezīmes un plāns ir saglabāti.
follow-plan_written = Pēdējo reizi saglabāja { $who }, { $when }
follow-plan_history = Iepriekšējās versijas
follow-good_enough = Good Enough
follow-good_enough_intro = KEKS jomas, kuras var uzraudzīt ar Jūsu datiem, kopā ar sākotnējām mērķvērtībām. Pieņemiet tās šim gadam un mainiet pēc saviem ieskatiem.
follow-adopt = Pieņemt
follow-adopt_all = Pieņemt visus
follow-adopted = Pieņemts: { $title }
follow-in_use = Šogad tiek izmantots
aim-new = Jauns mērķis
aim-edit = Rediģēt mērķi
aim-name = Ko vēlamies sasniegt
aim-unit = Attiecas uz
aim-from = No
aim-to = Līdz
aim-archived = Arhivēts (vairs netiek uzraudzīts)
aim-indicators = Rādītāji
aim-metric = Ko mēra
aim-question = Aptaujas jautājums
aim-comparator = Nosacījums
aim-comparator-at_least = vismaz
aim-comparator-at_most = ne vairāk kā
aim-target = Mērķvērtība
aim-target_from = Mainītā mērķvērtība ir spēkā no
aim-baseline = Sākumstāvoklis (nav obligāti)
aim-grain = Uzraudzības periods
aim-grain-month = mēnesis
aim-grain-quarter = ceturksnis
aim-grain-year = gads
aim-min_denominator = “Nepietiek datu”, ja mazāk par
aim-add_indicator = Pievienot rādītāju
aim-remove_indicator = Noņemt rādītāju
aim-save = Saglabāt mērķi
aim-saved = Mērķis ir saglabāts.
network-good_enough = “Good Enough” dalībnieku vidū
network-good_enough_intro = Cik dalīborganizāciju šogad sasniedz katru “Good Enough” rādītāju — katru vērtējot pēc veidnē noteiktās mērķvērtības. Tiek rādīts tikai dalībnieku skaits.
network-good_enough_indicator = Rādītājs
network-good_enough_met = Sasniegts
network-good_enough_close = Tuvu
network-good_enough_not_met = Nav sasniegts
network-good_enough_no_data = Nepietiek datu
follow-column_value = Vērtība
follow-column_status = Statuss
follow-periods = Visi mērķa periodi
follow-column_period = Periods
follow-plan_action = Darbība { $number }
aim-indicator = Rādītājs { $number }

outbox-waiting = Gaida nosūtīšanu ({ $count })
outbox-session = Nodarbība: { $activity }, { $date }
outbox-check_in = Reģistrācija: { $alias }, nodarbība { $date }
outbox-send_now = Nosūtīt tagad
outbox-fix = Labot
outbox-discard = Dzēst
outbox-sign_in_again = Jūsu pieteikšanās ir beigusies. Piesakieties vēlreiz, lai nosūtītu to, kas gaida.
outbox-session_kept = Nav savienojuma: nodarbība ir saglabāta šajā ierīcē un tiks nosūtīta, tiklīdz būs savienojums.
outbox-check_in_kept = Nav savienojuma: reģistrācija ir saglabāta šajā ierīcē un tiks nosūtīta, tiklīdz būs savienojums.
outbox-sign_out_waiting = Gaida nosūtīšanu: { $count }. Tas paliek šajā ierīcē un tiks nosūtīts, kad atkal pieteiksieties. Vai iziet?
