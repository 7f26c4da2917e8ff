# Logbook's texts in Slovenian (slovenščina): staff are addressed formally (vikanje), young people at the kiosk informally (tikanje).

app-name = Logbook
app-loading = Nalaganje …
app-retry = Poskusi znova
app-close = Zapri

nav-home = Domov
nav-me = Moj račun
nav-logout = Odjava
nav-language = Jezik
nav-main = Glavna navigacija
nav-menu = Meni

login-title = Prijava v Logbook
login-email = E-poštni naslov
login-password = Geslo
login-submit = Prijava
login-submitting = Prijavljanje …

home-title = Dobrodošli, { $name }
home-intro = Logbook hrani evidenco vašega mladinskega dela: izvedbe, kdo je prišel in kaj se je dogajalo.

me-title = Moj račun
me-name = Ime
me-email = E-poštni naslov
me-role = Vloga
me-organisation = Organizacija
me-no_organisation = Brez (sistemski skrbnik)

not_found-title = Strani ni mogoče najti
not_found-back = Nazaj na začetno stran

role-system_admin = Sistemski skrbnik
role-network_admin = Skrbnik mreže
role-org_admin = Skrbnik organizacije
role-unit_manager = Vodja enote
role-youth_worker = Mladinski delavec
role-viewer = Pregledovalec

error-bad_request = Zahteve ni bilo mogoče razumeti.
error-unauthorized = Prosimo, znova se prijavite.
error-invalid_credentials = Napačen e-poštni naslov ali geslo.
error-token_expired = Vaša seja je potekla. Prosimo, znova se prijavite.
error-forbidden = Za to nimate dovoljenja.
error-not_found = Tega ni mogoče najti.
error-method_not_allowed = To dejanje tukaj ni mogoče.
error-conflict = To je v nasprotju z nečim, kar že obstaja.
error-payload_too_large = Naenkrat je poslanih preveč podatkov.
error-unsupported_media_type = Zahteva je bila poslana v napačni obliki.
error-validation_failed = Prosimo, popravite označena polja.
error-too_many_requests = Preveč poskusov. Počakajte trenutek in poskusite znova.
error-internal = Na strežniku je prišlo do napake. Prosimo, poskusite znova pozneje.
error-unavailable = Strežnik ni dosegljiv. Preverite povezavo.

field_error-email = Vnesite veljaven e-poštni naslov.
field_error-length = Dolžina ni ustrezna.
field_error-range = Vrednost je zunaj dovoljenega obsega.
field_error-required = To polje je obvezno.
field_error-archived = To je arhivirano; izberite drugo.
field_error-type = Vrednost je napačne vrste.

nav-structure = Struktura
nav-users = Uporabniki
nav-settings = Nastavitve

home-your_units = Vaše enote

invitation-title = Nastavite geslo
invitation-for = Dobrodošli, { $name }! Izberite geslo za { $email } ({ $tenant }).
invitation-password = Novo geslo (najmanj 10 znakov)
invitation-submit = Shrani geslo
invitation-done = Geslo je nastavljeno. Zdaj se lahko prijavite.
invitation-invalid = Ta povezava ne deluje: je že bila uporabljena, je potekla ali pa je napačno prepisana. Za novo povezavo prosite skrbnika.

structure-title = Struktura
structure-no_units = Enot še ni.
structure-archived = Arhivirano
structure-archive = Arhiviraj
structure-restore = Obnovi
structure-add_unit = Dodaj enoto
structure-name = Ime
structure-unit_type = Vrsta enote
structure-activity_name = Nova dejavnost
structure-kind = Vrsta
structure-delivery_mode = Način izvajanja
structure-platform = Platforma (npr. Discord)
structure-add_activity = Dodaj dejavnost

unit_type-youth_centre = Mladinski center
unit_type-meeting_place = Mladinska točka
unit_type-department = Oddelek
unit_type-project_office = Projektna pisarna
unit_type-other = Drugo

kind-open = Odprta dejavnost
kind-group = Skupina
kind-event = Dogodek
kind-project = Projekt
kind-outreach = Terensko delo

delivery-on_site = V živo
delivery-digital = Digitalno
delivery-hybrid = Hibridno

users-title = Uporabniki
users-name = Ime
users-role = Vloga
users-units = Enote
users-status = Stanje
users-whole_organisation = Celotna organizacija
users-pending = Povabljeno
users-active = Aktivno
users-inactive = Deaktivirano
users-new_link = Nova povezava
users-deactivate = Deaktiviraj
users-activate = Aktiviraj
users-invite = Povabi osebo
users-units_hint = Enote (če ni izbrana nobena: celotna organizacija)
users-link_hint = Kopirajte to povezavo in jo posredujte osebi. Deluje enkrat in velja 7 dni.

settings-title = Nastavitve
settings-age_bands = Starostni razredi za obiske
settings-band_min = Starost od
settings-band_max = Starost do
settings-remove_band = Odstrani
settings-add_band = Dodaj razred
settings-survey_min_responses = Najmanjše število odgovorov v anketi za prikaz rezultatov
settings-network_min_cell = Najmanjše število mladih v celici, ki jo vidijo mreže
settings-digital_consent_age = Starost za digitalno privolitev
settings-alias_retention_months = Neuporabljene vzdevke izbriši po (mesecih)
settings-audit_retention_months = Izbriši vnose revizijske sledi po (mesecih; 0 jih hrani, dokler obstajajo izvedbe)
settings-save = Shrani nastavitve
settings-saved = Shranjeno.

field_error-band_order = Zgornja starost ne sme biti nižja od spodnje.
field_error-band_overlap = Razredi si morajo slediti naraščajoče in se ne smejo prekrivati.
field_error-date_order = Ta datum je pred začetkom.
field_error-not_a_project = Podatke o projektu imajo samo projekti.
field_error-duplicate = Navedeno dvakrat.
field_error-unknown = To ne obstaja ali tega ne smete uporabiti.
field_error-taken = To je že v uporabi.
field_error-wrong_password = To ni vaše trenutno geslo.
field_error-not_an_organisation_role = Izberite eno od vlog v organizaciji.
field_error-org_admin_scope = Skrbnik organizacije ima vedno dostop do celotne organizacije.

me-change_password = Spremeni geslo
me-current_password = Trenutno geslo
me-password_changed = Geslo je spremenjeno. Na drugih napravah ste bili odjavljeni.

structure-save = Shrani
structure-edit = Uredi
structure-close = Zapri
structure-topics = Teme
structure-active_from = Poteka od
structure-active_to = Poteka do
structure-usual_start_time = Običajno se začne ob
structure-usual_end_time = Običajno se konča ob

project-start_date = Začetek projekta
project-end_date = Konec projekta
project-goals = Cilji projekta
project-target_group = Ciljna skupina
project-description = Opis
project-partners = Partnerji
project-funding_programme = Program financiranja
project-contact_person = Kontaktna oseba

topic-leisure = Prosti čas
topic-culture = Kultura
topic-sport = Šport
topic-learning_support = Učna pomoč
topic-counselling = Svetovanje
topic-information = Informiranje
topic-volunteering = Prostovoljstvo
topic-mobility = Mobilnost

topics-title = Teme
topics-new = Nova tema
topics-add = Dodaj temo

nav-log_session = Zabeleži izvedbo
nav-sessions = Izvedbe

session-log_title = Zabeleži izvedbo
session-no_activities = Ni še dejavnosti, za katere bi lahko beležili izvedbe. Skrbnik vaše organizacije jih doda v razdelku Struktura.
session-activity = Dejavnost
session-date = Datum
session-start = Začetek
session-end = Konec
session-ends_next_day = Konča se naslednji dan (po polnoči).
session-attendance = Kdo je prišel
session-total = Skupaj: { $count }
session-fewer = Zmanjšaj za 1: { $cell }
session-more = Povečaj za 1: { $cell }
session-age_unknown = Starost neznana
session-youth_led = Načrtovali in izvedli so jo mladi
session-youth_led_short = Pod vodstvom mladih
session-youth_producers = Mladi organizatorji
session-staff = Osebje
session-volunteers = Prostovoljci
session-notes = Zapiski: kaj se je dogajalo in zakaj
session-aims = Prispeva k ciljem
session-save = Shrani izvedbo
session-save_changes = Shrani spremembe
session-saved = { $visits ->
    [one] Izvedba je shranjena ({ $visits } obisk). Obrazec je pripravljen za naslednjo.
    [two] Izvedba je shranjena ({ $visits } obiska). Obrazec je pripravljen za naslednjo.
    [few] Izvedba je shranjena ({ $visits } obiski). Obrazec je pripravljen za naslednjo.
   *[other] Izvedba je shranjena ({ $visits } obiskov). Obrazec je pripravljen za naslednjo.
}
session-duplicate_last = Začni s podatki moje zadnje izvedbe
session-log_another = Zabeleži naslednjo

sessions-title = Izvedbe
sessions-none = Izvedb še ni.
sessions-all_activities = Vse dejavnosti
sessions-visits = { $count ->
    [one] { $count } obisk
    [two] { $count } obiska
    [few] { $count } obiski
   *[other] { $count } obiskov
}
sessions-week = { $week }. teden, { $year }
sessions-more = Prikaži starejše izvedbe
sessions-edit_title = Uredi izvedbo
sessions-delete = Izbriši to izvedbo

gender-girl = Dekleta
gender-boy = Fantje
gender-non_binary = Nebinarne osebe
gender-not_stated = Ni navedeno

field_error-equal_times = Izvedba se ne more končati ob istem času, kot se začne.
field_error-in_the_future = Ta dan še ni nastopil.
field_error-unknown_age_band = To ni eden od starostnih razredov vaše organizacije.
field_error-not_asked = To vprašanje se pri tej dejavnosti ne postavlja.

questions-title = Vprašanja za refleksijo
questions-text = Vprašanje
questions-add = Dodaj vprašanje
questions-retire = Umakni
questions-bring_back = Vrni v uporabo
questions-retired = Umaknjeno
questions-kinds_hint = Postavlja se pri teh vrstah dejavnosti (če ni izbrana nobena: pri vseh vrstah)
questions-units_hint = Postavlja se v teh enotah (če ni izbrana nobena: v vseh enotah)
questions-in_sv = V švedščini
questions-in_fi = V finščini
questions-in_sl = V slovenščini
questions-in_lv = V latvijščini
questions-in_et = V estonščini

error-check_in_closed = Prijava je zdaj zaprta: tukaj trenutno ne poteka nobena izvedba.

field_error-looks_like_email = Izberite vzdevek, ne e-poštnega naslova.
field_error-looks_like_phone = Izberite vzdevek, ne telefonske številke (največ 5 števk).
field_error-pin_format = PIN ima natanko 4 števke.
field_error-implausible_birth_year = Preverite leto rojstva.
field_error-guardian_confirmation_required = Prosimo, najprej potrdite to.
field_error-not_recognised = Tega vzdevka in PIN-a ne prepoznamo.
field_error-unknown_time_zone = To ni ime časovnega pasu, kot je npr. Europe/Ljubljana.
field_error-not_an_open_activity_of_the_unit = Izberite eno od odprtih dejavnosti te enote.
field_error-unknown_language = Izberite enega od navedenih jezikov.

kiosk-not_registered = Ta naprava ni kiosk. Osebje: registrirajte jo pod Kioski in tukaj odprite povezavo kioska.
kiosk-fullscreen = Celoten zaslon
kiosk-welcome = Dobrodošel_a, { $alias }!
kiosk-already_checked_in = Si že prijavljen_a, { $alias }.
kiosk-next = Naprej
kiosk-check_in_title = Prijava
kiosk-alias = Tvoj vzdevek
kiosk-pin_if_any = PIN (če ga imaš)
kiosk-check_in = Prijavi me
kiosk-new_here = Tukaj sem nov_a
kiosk-new_title = Ustvari svoj vzdevek
kiosk-alias_hint = Vzdevek, ki ga uporabljaš samo ti. Ne tvoje pravo ime, e-pošta ali telefonska številka.
kiosk-birth_year = Leto rojstva
kiosk-choose = Izberi
kiosk-gender = Sem
kiosk-new_pin = Izberi 4-mestni PIN (neobvezno)
kiosk-guardian_default = Starš ali skrbnik ve, da to uporabljam.
kiosk-new_save = Shrani in me prijavi
kiosk-back = Nazaj

nav-kiosks = Kioski
nav-aliases = Mladi

kiosks-title = Kioski
kiosks-intro = Kiosk je tablica pri vratih enote, na kateri se mladi prijavijo s svojim vzdevkom. Registrirajte napravo, nato na tablici odprite njeno povezavo.
kiosks-unit = Enota
kiosks-name = Ime naprave
kiosks-language = Jezik
kiosks-register = Registriraj kiosk
kiosks-registered = Kiosk je registriran. To povezavo odprite na tablici (prikazana je samo zdaj):
kiosks-use_here = Uporabi to napravo kot kiosk (s tem se odjavite)
kiosks-last_used = Zadnja uporaba
kiosks-never_used = Še ni bil uporabljen
kiosks-revoke = Prekliči dostop
kiosks-revoked = Dostop preklican
kiosks-none = Kioskov še ni.

language-en = Angleščina
language-sv = Švedščina
language-fi = Finščina
language-sl = Slovenščina
language-lv = Latvijščina
language-et = Estonščina

aliases-title = Vzdevki mladih
aliases-intro = Poiščite vzdevek, da izvozite vse podatke, ki so shranjeni o njem, ali da ga izbrišete. Po izbrisu njegovi obiski ostanejo kot anonimna števila: nobena številka se ne spremeni.
aliases-search = Vzdevek se začne z
aliases-birth_year = Leto rojstva
aliases-last_seen = Zadnji obisk
aliases-export = Izvozi (JSON)
aliases-erase = Izbriši
aliases-confirm_erase = Želite izbrisati vzdevek { $alias }? Tega ni mogoče razveljaviti.
aliases-erased = Izbrisano.
aliases-none = Ni najdenih vzdevkov.

check_ins-title = Prijavljeni
check_ins-none = Nihče se ni prijavil z vzdevkom.
check_ins-alias = Vzdevek
check_ins-add = Prijavi
check_ins-erased = (izbrisan vzdevek)
check_ins-counted = Prijave k obiskom prištejejo { $count }.

settings-time_zone = Časovni pas (ime IANA, npr. Europe/Ljubljana)
settings-default_language = Jezik novih računov in kioskov
settings-consent_text = Besedilo, ki ga kiosk prikaže mlajšim od starosti za privolitev (prazno: vgrajeno besedilo)

structure-check_in_opens_session = Prijava, ko ne poteka nobena izvedba, odpre izvedbo tistega dne
structure-default_open_activity = Privzeta odprta dejavnost
structure-no_default_activity = Brez

nav-reports = Poročila

report-title = Poročila
report-this_month = Ta mesec
report-half_year = To polletje
report-this_year = Letos
report-last_year = Lani
report-from = Od
report-to = Do
report-units = Enote (če ni označena nobena: vse vaše)
report-group_by = Združi po
report-group-none = Brez združevanja
report-group-unit = Enota
report-group-activity = Dejavnost
report-group-kind = Vrsta dejavnosti
report-group-topic = Tema
report-group-delivery_mode = Način izvajanja
report-group-month = Mesec
report-group-unit_type = Vrsta enote
report-group-organisation = Organizacija
report-bands = Starostni razredi (npr. 7-12,13-26; prazno: razredi organizacije)
report-show = Prikaži
report-figures = Kazalniki
report-views = Pogledi poročila
report-this_period = To obdobje
report-year_earlier = Leto prej
report-change = Sprememba
report-points = { $value } o. t.
report-figure-sessions = Izvedbe
report-figure-visits = Obiski
report-figure-unique_visitors = Različni obiskovalci
report-figure-first_time_visitors = Novi obiskovalci
report-figure-opening_hours = Ure odprtosti
report-figure-group_hours = Ure skupin
report-figure-activity_hours = Ure dejavnosti
report-figure-youth_led_hours = Ure pod vodstvom mladih
report-figure-youth_led_share = Delež ur pod vodstvom mladih
report-figure-youth_producers = Mladi organizatorji
report-figure-visits_per_session = Obiski na izvedbo
report-figure-visits_per_opening_hour = Obiski na uro odprtosti
report-figure-share_girls = Delež deklet
report-figure-share_boys = Delež fantov
report-figure-share_non_binary = Delež nebinarnih oseb
report-figure-visits_girl = Obiski deklet
report-figure-visits_boy = Obiski fantov
report-figure-visits_non_binary = Obiski nebinarnih oseb
report-figure-visits_not_stated = Obiski, spol ni naveden
report-figure-visits_ages = { $max ->
    [one] Obiski, { $min }–{ $max } leto
    [two] Obiski, { $min }–{ $max } leti
    [few] Obiski, { $min }–{ $max } leta
   *[other] Obiski, { $min }–{ $max } let
}
report-figure-visits_unbanded = Obiski čez meje razredov
report-figure-visits_outside_bands = Obiski zunaj razredov
report-figure-visits_age_unknown = Obiski, starost neznana
report-figure-visits_per_1000_residents = { $max ->
    [one] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leto
    [two] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leti
    [few] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leta
   *[other] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } let
}
report-figure-cost_per_visit = Strošek na obisk
report-column-group = Skupina
report-column-key = Oznaka
report-total = Skupaj
number-percent = { $value } %
report-chart-visits_by_gender = Obiski po mesecih in spolu
report-chart-ages = Obiski po starosti
report-chart-hours_by_kind = Ure po vrsti dejavnosti
report-chart-youth_led = Delež ur pod vodstvom mladih
report-age-unbanded = Čez meje razredov
report-age-outside = Zunaj razredov
report-age-unknown = Starost neznana
report-other_hours = Druge ure

dashboard-title = Vaše enote letos

record-title = Kvalitativni zapis: zapiski in refleksije
record-search = Iskanje po zapiskih in odgovorih
record-none = V tem obdobju ni zapiskov ali odgovorov.
record-tab = Zapiski in refleksije
record-more = { $count ->
    [one] Pokaži več (še { $count })
    [two] Pokaži več (še { $count })
    [few] Pokaži več (še { $count })
   *[other] Pokaži več (še { $count })
}

report-export-csv = Prenesi CSV
report-export-xlsx = Prenesi Excel (XLSX)

nav-annual_report = Letno poročilo
nav-network = Mreža
nav-networks = Mreže

network-members = Članice in povabila
network-invite_which = Organizacija, ki jo želite povabiti
network-invite = Povabi
network-statistics = Statistika { $from } – { $to }
network-suppression = Celice, v katerih je mladih manj kot { $min }, so prikrite, prav tako celice, iz katerih bi jih bilo mogoče razbrati.
network-figure = Kazalnik
network-min_cell = Prikrij celice, v katerih je mladih manj kot
network-save_min_cell = Shrani nastavitve
network-age_bands = Starostne skupine v statistiki (npr. 6-12,13-15)
network-rate_ages = Starost za obiske na 1.000 prebivalcev (npr. 6-20)
network-grains = Podatki se izdajajo le za cele koledarske mesece, četrtletja in leta ter le v teh starostnih skupinah, da z odštevanjem dveh prenosov ni mogoče izračunati prikritega števila. Ko so podatki enkrat preneseni, se ne morejo več spremeniti.
network-total = Vse članice
network-suppressed = prikrito
network-perturbed = Števila so naključno zamaknjena za največ { $most } navzgor ali navzdol, pri vsakem prenosu enako (metoda celičnega ključa), da ni mogoče prepoznati nobenega mladega; razmerja so izračunana iz zamaknjenih števil.
network-comparison = Članice v primerjavi z mediano mreže
network-comparison_chart = Obiski po članicah in mediana mreže
network-median = Mediana mreže
network-surveys = Ankete za mlade drugo ob drugi
network-surveys_intro = Članice, ki so letos izvedle isto vgrajeno anketo. Članica s premalo odgovori je skrita in ni vključena v skupni rezultat; za mediano je potrebnih pet članic.
network-survey_template = Anketa
network-survey_member = Članica
network-survey_total = Vse prikazane članice
network-survey_hidden = Premalo odgovorov za prikaz
network-pulls = Prevzemi statistike
network-no_pulls = Prevzemov še ni.
network-pulled_by_member = skrbnik druge članice
network-organisations = { $count ->
    [one] { $count } organizacija
    [two] { $count } organizaciji
    [few] { $count } organizacije
   *[other] { $count } organizacij
}

membership-invited = Povabljena
membership-declined = Povabilo zavrnjeno
membership-member = Članica
membership-ended = Članstvo končano
membership-accept = Sprejmi
membership-decline = Zavrni
membership-end = Končaj članstvo

nav-api_tokens = Žetoni API
nav-key_figures = Ključni podatki

key_figures-title = Ključni podatki za leto
key_figures-intro = Iz števila prebivalcev vaše občine po starosti ter iz letnih stroškov, osebja in tednov odprtosti se izračunajo obiski na 1.000 prebivalcev in strošek na obisk — tukaj in v statistiki vaših mrež.
key_figures-residents = Prebivalci po starosti
key_figures-cost = Stroški v letu
key_figures-staff = Osebje (v ekvivalentu polnega delovnega časa)
key_figures-opening_weeks = Tedni odprtosti
key_figures-save = Shrani ključne podatke
key_figures-rates = Razmerja
key_figures-per_1000 = { $max ->
    [one] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leto
    [two] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leti
    [few] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } leta
   *[other] Obiski na 1.000 prebivalcev, starih { $min }–{ $max } let
}
key_figures-cost_per_visit = Strošek na obisk

token-title = Žetoni API
token-intro = Žeton omogoča drugemu sistemu, da uporablja API v vašem imenu, v obsegu pravic, ki mu jih dodelite, do zadnjega dne njegove veljavnosti. Prikaže se samo enkrat; ko ga ne potrebujete več, ga prekličite.
token-name = Čemu je namenjen
token-scopes = Dovoljeno mu je
token-scope-reports_read = Branje poročil
token-scope-sessions_read = Branje izvedb in zapiskov
token-scope-sessions_write = Beleženje in spreminjanje izvedb
token-scope-structure_read = Branje enot in dejavnosti
token-scope-statistics_read = Prevzem statistike mreže
token-expires_on = Zadnji dan veljavnosti
token-expires = Velja do { $day }
token-create = Ustvari žeton
token-copy_now = Žeton kopirajte zdaj: ponovno ne bo prikazan.

networks-title = Mreže
networks-intro = Mreže, v katere ste vključeni, vidijo vaše podatke za svojo statistiko — nikoli pa zapiskov, refleksij ali vzdevkov in nobene celice, v kateri je mladih manj, kot določa prag.
networks-none = Nobena mreža ni povabila vaše organizacije.
networks-comparison = Vaša organizacija v primerjavi z mediano mreže { $network }
networks-pulls = Prevzemi, ki so vključevali vaše podatke

annual-title = Letno poročilo { $year }
annual-year = Leto
annual-print = Natisni
annual-pdf = Prenesi PDF
annual-visits_per_month = Obiski po mesecih
annual-aims = Cilji leta
annual-no_aims = Za to leto ni ciljev.
annual-surveys = Ankete za mlade
annual-no_surveys = Letos se ni zaključil noben krog anketiranja.
annual-analysis = Naša analiza
annual-save = Shrani analizo
annual-saved = Shranjeno.

register-open = Prvič tukaj? Registrirajte vzdevek
register-new_title = Registracija mlade osebe
register-alias_hint = Vzdevek, s katerim se bo prijavljala: ne pravo ime, e-poštni naslov ali telefonska številka.
register-alias = Vzdevek mlade osebe
register-birth_year = Leto rojstva
register-choose = Izberite
register-gender = Spol
register-new_pin = 4-mestni PIN, ki si ga mlada oseba izbere sama (neobvezno)
register-guardian_default = Starš ali skrbnik ve, da to uporablja.
register-new_save = Registriraj in prijavi

structure-unit = Enota
structure-move_keeps_sessions = Pretekle izvedbe ostanejo pri enoti { $from }, kjer so potekale; izvedbe, zabeležene od zdaj naprej, se štejejo enoti { $to }.

# The public survey page (young people answer here)
survey-language = Jezik
survey-intro = Tvoji odgovori so anonimni: ne sprašujemo po tvojem imenu in nihče ne more videti, kdo je kaj odgovoril.
survey-required = obvezno
survey-optional = neobvezno
survey-about-you = O tebi
survey-gender = Spol
survey-gender-girl = Dekle
survey-gender-boy = Fant
survey-gender-non_binary = Nebinarna oseba
survey-gender-not_stated = Raje ne povem
survey-age-band = Starost
survey-age-not-stated = Raje ne povem
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Pošlji odgovore
survey-thanks-title = Hvala!
survey-thanks = Tvoji odgovori so shranjeni.
survey-already = Ta anketa je na tej napravi že izpolnjena. Hvala!
survey-not-open = Anketa trenutno ni odprta.
survey-not-found = Ta povezava do ankete ne deluje. Preveri naslov ali prosi mladinske delavce za novo.
survey-fix = Preveri spodaj označene odgovore.
survey-missing = Odgovori na to vprašanje.
survey-too-long = Odgovor je predolg.
survey-invalid-choice = Izberi eno od možnosti.
survey-too-fast = To je bilo pa hitro! Vzemi si trenutek, preberi vprašanja in nato znova pošlji odgovore.
survey-no-device = Tvoji odgovori še niso poslani: stran si mora zapomniti, da je ta telefon že odgovoril. Pošlji znova. Če se to ponavlja, dovoli piškotke za to spletno mesto.
survey-not-text = Piši samo navadno besedilo.
survey-too-many = Od tukaj je trenutno prišlo preveč odgovorov. Poskusi znova čez nekaj minut.
survey-kiosk-next = Čez trenutek se anketa začne znova za naslednjo osebo.
survey-kiosk-again = Naslednja oseba
survey-poster-title = Povej nam, kaj misliš!
survey-poster-text = Skeniraj kodo s kamero telefona in izpolni kratko anketo. Je anonimna.
survey-poster-open = Odprta do { $date }

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Ankete
surveys-title = Ankete za mlade
surveys-intro = Mladi odgovarjajo anonimno na svojih telefonih ali na tablici v enoti. Rezultati so prikazani, ko se krog anketiranja zaključi in je odgovorov dovolj.
surveys-questionnaires = Vprašalniki
surveys-no_questionnaires = Vprašalnikov še ni. Začnite s pripravljenim vprašalnikom.
surveys-questions = { $count ->
    [one] { $count } vprašanje
    [two] { $count } vprašanji
    [few] { $count } vprašanja
   *[other] { $count } vprašanj
}
surveys-copy_template = Kopiraj „{ $name }“
surveys-copied = Vprašalnik je kopiran. Zdaj lahko z njim začnete krog anketiranja.
surveys-rounds = Krogi anketiranja
surveys-no_rounds = Krogov anketiranja še ni.
surveys-status-upcoming = Se še ni začel
surveys-status-open = Odprt
surveys-status-closed = Zaključen
surveys-answers = { $count ->
    [one] { $count } odgovor
    [two] { $count } odgovora
    [few] { $count } odgovori
   *[other] { $count } odgovorov
}
surveys-link = Povezava za mlade
surveys-kiosk_link = Povezava za skupno tablico
surveys-qr = Koda QR (SVG)
surveys-poster = Plakat za tiskanje (PDF)
surveys-close = Zaključi krog zdaj
surveys-results = Rezultati
surveys-new_round = Začni krog anketiranja
surveys-questionnaire = Vprašalnik
surveys-round_title = Naslov
surveys-opens = Prvi dan
surveys-closes = Zadnji dan
surveys-language = Jezik, v katerem se stran odpre
surveys-where = Kje poteka
surveys-whole_organisation = Celotna organizacija
surveys-activities = Ali samo pri teh dejavnostih
surveys-start = Začni krog
surveys-started = Krog anketiranja se je začel. Delite povezavo ali natisnite plakat.
surveys-results_title = Rezultati: { $title }
surveys-results_wait = Rezultati bodo prikazani, ko se krog zaključi.
surveys-results_too_few = Odgovorov je manj kot { $min }, zato rezultati niso prikazani: pri tako majhnem številu bi lahko nekoga prepoznali po odgovorih.
surveys-breakdown = Prikaži po
surveys-breakdown-none = Vsi skupaj
surveys-breakdown-gender = Spol
surveys-breakdown-age_band = Starostni razred
surveys-breakdown_note = Skupina je prikazana samo, če je tako v njej kot pri vseh ostalih število odgovorov vsaj { $min }.
surveys-group-all = Vsi
surveys-group-not_stated = Ni navedeno
surveys-hidden = Premalo odgovorov za prikaz.
surveys-mean = Povprečje { $value } (1–5)
surveys-agreeing = { $value } se strinja (4–5)
surveys-free_text = Odprti odgovori
surveys-no_free_text = Odprtih odgovorov ni.
surveys-download_csv = Prenesi CSV
surveys-download_xlsx = Prenesi Excel (XLSX)
surveys-column-group = Skupina
surveys-column-question = Vprašanje
surveys-column-answer = Odgovor
surveys-column-count = Število odgovorov
surveys-column-answered = Odgovorilo na vprašanje
surveys-column-mean = Povprečje (1–5)
surveys-column-agreeing = Se strinja (4–5), %

# The questionnaire builder (org admins)
builder-new = Nov vprašalnik
builder-edit = Uredi
builder-title_new = Nov vprašalnik
builder-title_edit = Uredi „{ $name }“
builder-name = Ime
builder-ask_gender = Vprašaj po spolu mlade osebe (odgovor je vedno neobvezen)
builder-ask_age_band = Vprašaj po starostnem razredu mlade osebe (odgovor je vedno neobvezen)
builder-language = Jezik, v katerem pišete
builder-language_note = Vsako besedilo napišite v vseh jezikih, ki jih berejo vaši mladi. Besedilo, ki v nekem jeziku manjka, se prikaže v jeziku kroga anketiranja.
builder-question = Vprašanje { $number }
builder-kind = Vrsta vprašanja
builder-kind-likert = Lestvica od 1 do 5
builder-kind-single_choice = Izbira ene možnosti
builder-kind-multiple_choice = Izbira več možnosti
builder-kind-free_text = S svojimi besedami
builder-text = Vprašanje
builder-help = Pojasnilo (neobvezno)
builder-low = Kaj pomeni 1
builder-high = Kaj pomeni 5
builder-option = Možnost { $number }
builder-add_option = Dodaj možnost
builder-remove_option = Odstrani možnost { $number }
builder-required = Odgovor je obvezen
builder-up = Premakni gor
builder-down = Premakni dol
builder-remove = Odstrani vprašanje
builder-add = Dodaj vprašanje
builder-archived = Arhiviran (brez novih krogov anketiranja)
builder-save = Shrani vprašalnik
builder-saved = Vprašalnik je shranjen.

## Follow-up of aims (issue 20)
nav-follow_up = Spremljanje
settings-follow_up_margin = Kazalnik velja za „blizu“, če odstopanje ne presega (odstotnih točk pri deležu, sicer odstotkov ciljne vrednosti)
follow-title = Spremljanje ciljev
follow-intro = Vsak kazalnik se izračuna iz izvedb, ki jih zabeležite, in iz anket za mlade ter se primerja z vašo ciljno vrednostjo.
follow-scope = Čigavi cilji
follow-organisation = Celotna organizacija
follow-no_aims = Ciljev še ni. Spodaj prevzemite cilje Good Enough ali si zastavite svoj cilj.
follow-no_indicators = Ta cilj še nima kazalnikov. Uredite ga, da dodate kazalnik.
follow-new_aim = Nov cilj
follow-edit_aim = Uredi cilj
follow-so_far = doslej
follow-based_on = na podlagi { $count }
follow-trend = Trend: { $name }
follow-metric_sessions = Izvedbe
follow-metric_visits = Obiski
follow-metric_unique_visitors = Različni obiskovalci
follow-metric_first_time_visitors = Novi obiskovalci
follow-metric_share_girls = Delež deklet med obiski
follow-metric_share_boys = Delež fantov med obiski
follow-metric_share_non_binary = Delež nebinarnih oseb med obiski
follow-metric_share_girls_unique = Delež deklet med mladimi, ki so prišli
follow-metric_share_boys_unique = Delež fantov med mladimi, ki so prišli
follow-metric_share_non_binary_unique = Delež nebinarnih oseb med tistimi, ki so prišli
follow-metric_opening_hours = Ure odprtosti
follow-metric_group_hours = Ure skupin
follow-metric_activity_hours = Ure dejavnosti
follow-metric_youth_led_hours = Ure pod vodstvom mladih
follow-metric_youth_led_share = Delež ur dejavnosti pod vodstvom mladih
follow-metric_youth_producers = Mladi organizatorji
follow-metric_producers_per_100_visits = Mladi organizatorji na 100 obiskov
follow-metric_visits_per_session = Obiski na izvedbo
follow-metric_visits_per_opening_hour = Obiski na uro odprtosti
follow-metric_survey_agreeing = Se strinja s trditvijo „{ $question }“
follow-status_met = Doseženo
follow-status_close = Blizu
follow-status_not_met = Ni doseženo
follow-status_not_enough_data = Premalo podatkov
follow-target_at_least = ciljna vrednost vsaj { $target }
follow-target_at_most = ciljna vrednost največ { $target }
follow-plan = Načrt ukrepov
follow-notes = Zapiski
follow-action = { $what } — do { $when } — { $who }
follow-action_done = opravljeno
follow-no_plan = Načrt ukrepov še ni napisan.
follow-plan_what = Kaj bomo naredili
follow-plan_when = Do kdaj
follow-plan_who = Kdo
follow-plan_done = Opravljeno
follow-plan_add = Dodaj ukrep
follow-plan_remove = Odstrani ukrep
follow-plan_save = Shrani zapiske in načrt
follow-plan_saved = Zapiski in načrt so shranjeni.
follow-plan_written = Nazadnje shranjeno: { $who }, { $when }
follow-plan_history = Prejšnje različice
follow-good_enough = Good Enough
follow-good_enough_intro = Področja KEKS, ki jih lahko spremljate s svojimi podatki, z začetnimi ciljnimi vrednostmi. Prevzemite jih za letošnje leto in jih spremenite po svoje.
follow-adopt = Prevzemi
follow-adopt_all = Prevzemi vse
follow-adopted = Prevzeto: { $title }
follow-in_use = V uporabi letos
aim-new = Nov cilj
aim-edit = Uredi cilj
aim-name = Kaj želimo doseči
aim-unit = Za koga
aim-from = Od
aim-to = Do
aim-archived = Arhiviran (se ne spremlja več)
aim-indicators = Kazalniki
aim-metric = Kaj merimo
aim-question = Anketno vprašanje
aim-comparator = Pogoj
aim-comparator-at_least = vsaj
aim-comparator-at_most = največ
aim-target = Ciljna vrednost
aim-target_from = Spremenjena ciljna vrednost velja od
aim-baseline = Izhodiščna vrednost (neobvezno)
aim-grain = Obdobje spremljanja
aim-grain-month = mesec
aim-grain-quarter = četrtletje
aim-grain-year = leto
aim-min_denominator = „Premalo podatkov“ pod
aim-add_indicator = Dodaj kazalnik
aim-remove_indicator = Odstrani kazalnik
aim-save = Shrani cilj
aim-saved = Cilj je shranjen.
network-good_enough = Good Enough med članicami
network-good_enough_intro = Koliko članic letos dosega posamezni kazalnik Good Enough, vsaka glede na ciljno vrednost iz predloge. Prikazano je le število članic.
network-good_enough_indicator = Kazalnik
network-good_enough_met = Doseženo
network-good_enough_close = Blizu
network-good_enough_not_met = Ni doseženo
network-good_enough_no_data = Premalo podatkov
follow-column_value = Vrednost
follow-column_status = Stanje
follow-periods = Vsa obdobja cilja
follow-column_period = Obdobje
follow-plan_action = Ukrep { $number }
aim-indicator = Kazalnik { $number }

outbox-waiting = Čaka na pošiljanje ({ $count })
outbox-session = Izvedba: { $activity }, { $date }
outbox-check_in = Prijava: { $alias }, izvedba { $date }
outbox-send_now = Pošlji zdaj
outbox-fix = Popravi
outbox-discard = Zavrzi
outbox-sign_in_again = Vaša prijava je potekla. Prijavite se znova, da se pošlje, kar čaka.
outbox-session_kept = Ni povezave: izvedba je shranjena na tej napravi in bo poslana, takoj ko bo povezava spet na voljo.
outbox-check_in_kept = Ni povezave: prijava je shranjena na tej napravi in bo poslana, takoj ko bo povezava spet na voljo.
outbox-sign_out_waiting = Čaka na pošiljanje: { $count }. Ostane na tej napravi in bo poslano, ko se znova prijavite. Se želite odjaviti?
