# Logbooki tekstid eesti keeles.

app-name = Logbook
app-loading = Laadimine…
app-retry = Proovi uuesti
app-close = Sulge

nav-home = Avaleht
nav-me = Minu konto
nav-logout = Logi välja
nav-language = Keel
nav-main = Peamenüü
nav-menu = Menüü

login-title = Logi sisse Logbooki
login-email = E-posti aadress
login-password = Parool
login-submit = Logi sisse
login-submitting = Sisselogimine…

home-title = Tere tulemast, { $name }
home-intro = Logbook peab arvet teie noorsootöö üle: tegevuskorrad, kes osales ja mis toimus.

me-title = Minu konto
me-name = Nimi
me-email = E-posti aadress
me-role = Roll
me-organisation = Organisatsioon
me-no_organisation = Puudub (süsteemiadministraator)

not_found-title = Lehte ei leitud
not_found-back = Tagasi avalehele

role-system_admin = Süsteemiadministraator
role-network_admin = Võrgustiku administraator
role-org_admin = Organisatsiooni administraator
role-unit_manager = Üksuse juht
role-youth_worker = Noorsootöötaja
role-viewer = Vaataja

error-bad_request = Päringust ei saadud aru.
error-unauthorized = Palun logige uuesti sisse.
error-invalid_credentials = Vale e-posti aadress või parool.
error-token_expired = Teie sisselogimine on aegunud. Palun logige uuesti sisse.
error-forbidden = Teil ei ole selleks õigust.
error-not_found = Ei leitud.
error-method_not_allowed = See toiming ei ole siin võimalik.
error-conflict = See on vastuolus juba olemasolevate andmetega.
error-payload_too_large = Andmeid on korraga liiga palju.
error-unsupported_media_type = Päring saadeti vales vormingus.
error-validation_failed = Palun parandage märgitud väljad.
error-too_many_requests = Liiga palju katseid. Palun oodake veidi ja proovige uuesti.
error-internal = Serveris tekkis viga. Palun proovige hiljem uuesti.
error-unavailable = Serveriga ei saa ühendust. Palun kontrollige internetiühendust.

field_error-email = Palun sisestage kehtiv e-posti aadress.
field_error-length = Sisestus on vale pikkusega.
field_error-range = Väärtus on lubatud vahemikust väljas.
field_error-required = See väli on kohustuslik.
field_error-archived = See on arhiveeritud; valige muu.
field_error-type = Väärtus on vale tüüpi.

nav-structure = Struktuur
nav-users = Kasutajad
nav-settings = Seaded

home-your_units = Teie üksused

invitation-title = Parooli määramine
invitation-for = Tere tulemast, { $name }! Valige parool kasutajale { $email } ({ $tenant }).
invitation-password = Uus parool (vähemalt 10 tähemärki)
invitation-submit = Salvesta parool
invitation-done = Teie parool on määratud. Nüüd saate sisse logida.
invitation-invalid = See link ei tööta: seda on juba kasutatud, see on aegunud või valesti sisestatud. Palun küsige administraatorilt uus link.

structure-title = Struktuur
structure-no_units = Üksusi veel ei ole.
structure-archived = Arhiveeritud
structure-archive = Arhiveeri
structure-restore = Taasta
structure-add_unit = Lisa üksus
structure-name = Nimi
structure-unit_type = Üksuse liik
structure-activity_name = Uus tegevus
structure-kind = Liik
structure-delivery_mode = Toimumisviis
structure-platform = Platvorm (nt Discord)
structure-add_activity = Lisa tegevus

unit_type-youth_centre = Noortekeskus
unit_type-meeting_place = Noortetuba
unit_type-department = Osakond
unit_type-project_office = Projektibüroo
unit_type-other = Muu

kind-open = Avatud tegevus
kind-group = Grupitegevus
kind-event = Üritus
kind-project = Projekt
kind-outreach = Tänavanoorsootöö

delivery-on_site = Kohapealne
delivery-digital = Digitaalne
delivery-hybrid = Hübriidne

users-title = Kasutajad
users-name = Nimi
users-role = Roll
users-units = Üksused
users-status = Olek
users-whole_organisation = Kogu organisatsioon
users-pending = Kutsutud
users-active = Aktiivne
users-inactive = Deaktiveeritud
users-new_link = Uus link
users-deactivate = Deaktiveeri
users-activate = Aktiveeri
users-invite = Kutsu kasutaja
users-units_hint = Üksused (kui ühtegi pole valitud: kogu organisatsioon)
users-link_hint = Kopeerige see link ja andke see kasutajale. Link töötab ühe korra ja kehtib 7 päeva.

settings-title = Seaded
settings-age_bands = Osalejate vanuserühmad
settings-band_min = Vanus alates
settings-band_max = Vanus kuni
settings-remove_band = Eemalda
settings-add_band = Lisa vanuserühm
settings-survey_min_responses = Vähim küsitluse vastuste arv tulemuste näitamiseks
settings-network_min_cell = Vähim noorte arv lahtris, mida võrgustikele näidatakse
settings-digital_consent_age = Digitaalse nõusoleku vanus
settings-alias_retention_months = Kustuta kasutamata hüüdnimed pärast (kuud)
settings-audit_retention_months = Kustuta muudatuslogi kirjed pärast (kuud; 0 hoiab neid nii kaua kui tegevuskordi)
settings-save = Salvesta seaded
settings-saved = Salvestatud.

field_error-band_order = Ülemine vanus ei tohi olla alumisest väiksem.
field_error-band_overlap = Vanuserühmad peavad olema kasvavas järjekorras ega tohi kattuda.
field_error-date_order = See kuupäev on enne alguskuupäeva.
field_error-not_a_project = Projekti andmed saavad olla ainult projektidel.
field_error-duplicate = Esineb kaks korda.
field_error-unknown = Seda ei ole olemas või teil ei ole õigust seda kasutada.
field_error-taken = See on juba kasutusel.
field_error-wrong_password = See ei ole teie praegune parool.
field_error-not_an_organisation_role = Palun valige üks organisatsiooni rollidest.
field_error-org_admin_scope = Organisatsiooni administraatori õigused kehtivad kogu organisatsioonis.

me-change_password = Muuda parooli
me-current_password = Praegune parool
me-password_changed = Teie parool on muudetud. Teistes seadmetes on teid välja logitud.

structure-save = Salvesta
structure-edit = Muuda
structure-close = Sulge
structure-topics = Teemad
structure-active_from = Toimub alates
structure-active_to = Toimub kuni
structure-usual_start_time = Tavaliselt algab
structure-usual_end_time = Tavaliselt lõpeb

project-start_date = Projekti algus
project-end_date = Projekti lõpp
project-goals = Projekti eesmärgid
project-target_group = Sihtrühm
project-description = Kirjeldus
project-partners = Partnerid
project-funding_programme = Rahastamisprogramm
project-contact_person = Kontaktisik

topic-leisure = Vaba aeg
topic-culture = Kultuur
topic-sport = Sport
topic-learning_support = Õpitugi
topic-counselling = Nõustamine
topic-information = Noorteinfo
topic-volunteering = Vabatahtlik tegevus
topic-mobility = Noorte mobiilsus

topics-title = Teemad
topics-new = Uus teema
topics-add = Lisa teema

nav-log_session = Sisesta tegevuskord
nav-sessions = Tegevuskorrad

session-log_title = Sisesta tegevuskord
session-no_activities = Tegevusi, mille kohta sisestada, veel ei ole. Teie organisatsiooni administraator lisab need jaotises „Struktuur“.
session-activity = Tegevus
session-date = Kuupäev
session-start = Algus
session-end = Lõpp
session-ends_next_day = Lõpeb järgmisel päeval (pärast keskööd).
session-attendance = Kes osalesid
session-total = Kokku: { $count }
session-fewer = Üks vähem: { $cell }
session-more = Üks rohkem: { $cell }
session-age_unknown = Vanus teadmata
session-youth_led = Noorte endi kavandatud ja läbi viidud
session-youth_led_short = Noorte juhitud
session-youth_producers = Korraldamises osalenud noored
session-staff = Töötajad
session-volunteers = Vabatahtlikud
session-notes = Märkmed: mis juhtus ja miks
session-aims = Toetab eesmärke
session-save = Salvesta tegevuskord
session-save_changes = Salvesta muudatused
session-saved = { $visits ->
    [one] Tegevuskord on salvestatud ({ $visits } külastus). Vorm on valmis järgmise sisestamiseks.
   *[other] Tegevuskord on salvestatud ({ $visits } külastust). Vorm on valmis järgmise sisestamiseks.
}
session-duplicate_last = Võta aluseks minu viimane tegevuskord
session-log_another = Sisesta järgmine

sessions-title = Tegevuskorrad
sessions-none = Tegevuskordi veel ei ole.
sessions-all_activities = Kõik tegevused
sessions-visits = { $count ->
    [one] { $count } külastus
   *[other] { $count } külastust
}
sessions-week = { $week }. nädal, { $year }
sessions-more = Näita varasemaid tegevuskordi
sessions-edit_title = Muuda tegevuskorda
sessions-delete = Kustuta see tegevuskord

gender-girl = Tüdrukud
gender-boy = Poisid
gender-non_binary = Mittebinaarsed
gender-not_stated = Märkimata

field_error-equal_times = Tegevuskord ei saa lõppeda samal kellaajal, kui see algab.
field_error-in_the_future = See päev ei ole veel kätte jõudnud.
field_error-unknown_age_band = See ei ole teie organisatsiooni vanuserühm.
field_error-not_asked = Seda küsimust selle tegevuse puhul ei küsita.

questions-title = Refleksiooniküsimused
questions-text = Küsimus
questions-add = Lisa küsimus
questions-retire = Lõpeta küsimine
questions-bring_back = Küsi uuesti
questions-retired = Enam ei küsita
questions-kinds_hint = Küsitakse nende tegevusliikide puhul (kui ühtegi pole valitud: kõigi liikide puhul)
questions-units_hint = Küsitakse nendes üksustes (kui ühtegi pole valitud: kõigis üksustes)
questions-in_sv = Rootsi keeles
questions-in_fi = Soome keeles
questions-in_sl = Sloveeni keeles
questions-in_lv = Läti keeles
questions-in_et = Eesti keeles

error-check_in_closed = Registreerumine on praegu suletud: siin ei ole ühtegi avatud tegevuskorda.

field_error-looks_like_email = Palun valige hüüdnimi, mitte e-posti aadress.
field_error-looks_like_phone = Palun valige hüüdnimi, mitte telefoninumber (kuni 5 numbrit).
field_error-pin_format = PIN-koodis on täpselt 4 numbrit.
field_error-implausible_birth_year = Palun kontrollige sünniaastat.
field_error-guardian_confirmation_required = Palun kinnitage see kõigepealt.
field_error-not_recognised = Sellist hüüdnime ja PIN-koodi ei leitud.
field_error-unknown_time_zone = See ei ole ajavööndi nimi (nt Europe/Tallinn).
field_error-not_an_open_activity_of_the_unit = Palun valige üks selle üksuse avatud tegevustest.
field_error-unknown_language = Palun valige üks loetletud keeltest.

kiosk-not_registered = See seade ei ole kioskirežiimis. Töötajad: registreerige see jaotises Kioskid ja avage kioski link siin.
kiosk-fullscreen = Täisekraan
kiosk-welcome = Tere tulemast, { $alias }!
kiosk-already_checked_in = Oled juba sisse registreeritud, { $alias }.
kiosk-next = Edasi
kiosk-check_in_title = Registreeru
kiosk-alias = Sinu hüüdnimi
kiosk-pin_if_any = PIN-kood (kui sul on)
kiosk-check_in = Registreeru
kiosk-new_here = Olen siin uus
kiosk-new_title = Loo oma hüüdnimi
kiosk-alias_hint = Hüüdnimi, mida kasutad ainult sina. Mitte sinu päris nimi, e-post ega telefoninumber.
kiosk-birth_year = Sünniaasta
kiosk-choose = Vali
kiosk-gender = Ma olen
kiosk-new_pin = Vali 4-kohaline PIN-kood (vabatahtlik)
kiosk-guardian_default = Lapsevanem või eestkostja teab, et ma seda kasutan.
kiosk-new_save = Salvesta ja registreeru
kiosk-back = Tagasi

nav-kiosks = Kioskid
nav-aliases = Noored

kiosks-title = Kioskid
kiosks-intro = Kiosk on tahvelarvuti üksuse ukse juures, kus noored oma hüüdnimega registreeruvad. Registreerige seade ja avage seejärel selle link tahvelarvutis.
kiosks-unit = Üksus
kiosks-name = Seadme nimi
kiosks-language = Keel
kiosks-register = Registreeri kiosk
kiosks-registered = Kiosk on registreeritud. Avage see link tahvelarvutis (seda näidatakse ainult praegu):
kiosks-use_here = Kasuta seda seadet kioskina (logib teid välja)
kiosks-last_used = Viimati kasutatud
kiosks-never_used = Pole veel kasutatud
kiosks-revoke = Tühista
kiosks-revoked = Tühistatud
kiosks-none = Kioske veel ei ole.

language-en = Inglise keel
language-sv = Rootsi keel
language-fi = Soome keel
language-sl = Sloveeni keel
language-lv = Läti keel
language-et = Eesti keel

aliases-title = Noorte hüüdnimed
aliases-intro = Leidke hüüdnimi, et eksportida kõik selle kohta talletatud andmed või see kustutada. Kustutamisel jäävad selle külastused alles anonüümsete arvudena: ükski näitaja ei muutu.
aliases-search = Hüüdnimi algab
aliases-birth_year = Sünniaasta
aliases-last_seen = Viimane külastus
aliases-export = Ekspordi (JSON)
aliases-erase = Kustuta
aliases-confirm_erase = Kas kustutada hüüdnimi { $alias }? Seda ei saa tagasi võtta.
aliases-erased = Kustutatud.
aliases-none = Hüüdnimesid ei leitud.

check_ins-title = Registreerunud
check_ins-none = Keegi ei ole hüüdnimega registreerunud.
check_ins-alias = Hüüdnimi
check_ins-add = Registreeri
check_ins-erased = (kustutatud hüüdnimi)
check_ins-counted = Registreerumised lisavad külastustele { $count }.

settings-time_zone = Ajavöönd (IANA nimi, nt Europe/Tallinn)
settings-default_language = Uute kontode ja kioskite keel
settings-consent_text = Tekst, mida kiosk näitab nõusolekuvanusest noorematele (tühi: vaiketekst)

structure-check_in_opens_session = Kui ükski tegevuskord parasjagu ei käi, avab registreerumine selle päeva tegevuskorra
structure-default_open_activity = Vaikimisi avatud tegevus
structure-no_default_activity = Puudub

nav-reports = Aruanded

report-title = Aruanded
report-this_month = See kuu
report-half_year = See poolaasta
report-this_year = See aasta
report-last_year = Eelmine aasta
report-from = Alates
report-to = Kuni
report-units = Üksused (kui ühtegi pole märgitud: kõik teie üksused)
report-group_by = Rühmita
report-group-none = Rühmitamata
report-group-unit = Üksus
report-group-activity = Tegevus
report-group-kind = Tegevuse liik
report-group-topic = Teema
report-group-delivery_mode = Toimumisviis
report-group-month = Kuu
report-group-unit_type = Üksuse liik
report-group-organisation = Organisatsioon
report-bands = Vanuserühmad (nt 7-12,13-26; tühi: organisatsiooni vanuserühmad)
report-show = Näita
report-figures = Näitajad
report-views = Aruande vaated
report-this_period = See periood
report-year_earlier = Aasta varem
report-change = Muutus
report-points = { $value } protsendipunkti
report-figure-sessions = Tegevuskorrad
report-figure-visits = Külastused
report-figure-unique_visitors = Unikaalsed külastajad
report-figure-first_time_visitors = Esmakülastajad
report-figure-opening_hours = Lahtiolekutunnid
report-figure-group_hours = Grupitegevuse tunnid
report-figure-activity_hours = Tegevustunnid
report-figure-youth_led_hours = Noorte juhitud tunnid
report-figure-youth_led_share = Noorte juhitud tundide osakaal
report-figure-youth_producers = Noored korraldajad
report-figure-visits_per_session = Külastusi tegevuskorra kohta
report-figure-visits_per_opening_hour = Külastusi lahtiolekutunni kohta
report-figure-share_girls = Tüdrukute osakaal
report-figure-share_boys = Poiste osakaal
report-figure-share_non_binary = Mittebinaarsete osakaal
report-figure-visits_girl = Tüdrukute külastused
report-figure-visits_boy = Poiste külastused
report-figure-visits_non_binary = Mittebinaarsete külastused
report-figure-visits_not_stated = Külastused, sugu märkimata
report-figure-visits_ages = Külastused, { $min }–{ $max }-aastased
report-figure-visits_unbanded = Külastused üle vanuserühmade piiride
report-figure-visits_outside_bands = Külastused väljaspool vanuserühmi
report-figure-visits_age_unknown = Külastused, vanus teadmata
report-figure-visits_per_1000_residents = Külastusi 1000 { $min }–{ $max }-aastase elaniku kohta
report-figure-cost_per_visit = Kulu külastuse kohta
report-column-group = Rühm
report-column-key = Tunnus
report-total = Kokku
number-percent = { $value }%
report-chart-visits_by_gender = Külastused kuude kaupa soo järgi
report-chart-ages = Külastused vanuse järgi
report-chart-hours_by_kind = Tunnid tegevuse liigi järgi
report-chart-youth_led = Noorte juhitud tundide osakaal
report-age-unbanded = Üle vanuserühmade piiride
report-age-outside = Väljaspool vanuserühmi
report-age-unknown = Vanus teadmata
report-other_hours = Muud tunnid

dashboard-title = Teie üksused sel aastal

record-title = Kvalitatiivne ülevaade: märkmed ja refleksioonid
record-search = Otsi teksti märkmetest ja vastustest
record-none = Sel perioodil ei ole märkmeid ega vastuseid.
record-tab = Märkmed ja refleksioonid
record-more = { $count ->
    [one] Näita veel ühte
   *[other] Näita rohkem ({ $count } veel)
}

report-export-csv = Laadi alla CSV
report-export-xlsx = Laadi alla Excel (XLSX)

nav-annual_report = Aastaaruanne
nav-network = Võrgustik
nav-networks = Võrgustikud

network-members = Liikmed ja kutsed
network-invite_which = Kutsutav organisatsioon
network-invite = Kutsu
network-statistics = Statistika { $from } – { $to }
network-suppression = Lahtrid, kus on alla { $min } noore, peidetakse, samuti lahtrid, mille põhjal saaks need välja arvutada.
network-figure = Näitaja
network-min_cell = Peida lahtrid, kus noorte arv on väiksem kui
network-save_min_cell = Salvesta seaded
network-age_bands = Statistika vanuserühmad (nt 6-12,13-15)
network-rate_ages = Vanus külastuste kohta 1000 elaniku kohta (nt 6-20)
network-grains = Arvud antakse välja ainult tervete kalendrikuude, kvartalite ja aastate kohta ning ainult nendes vanuserühmades, et kahte päringut teineteisest lahutades ei saaks peidetud arvu välja arvutada. Need lukustatakse, kui arve on kord välja antud.
network-total = Kõik liikmed
network-suppressed = peidetud
network-perturbed = Arve on juhuslikult nihutatud kõige rohkem { $most } võrra üles või alla, igas päringus samamoodi (lahtrivõtme meetod), et ühtegi noort ei saaks tuvastada; suhtarvud on arvutatud nihutatud arvudest.
network-comparison = Liikmed võrrelduna võrgustiku mediaaniga
network-comparison_chart = Külastused liikme kohta ja võrgustiku mediaan
network-median = Võrgustiku mediaan
network-surveys = Noorte küsitlused kõrvuti
network-surveys_intro = Liikmed, kes on tänavu teinud sama valmisküsitluse. Liiget, kellel on liiga vähe vastuseid, ei näidata ega arvestata koondtulemusse; mediaani jaoks on vaja viit liiget.
network-survey_template = Küsitlus
network-survey_member = Liige
network-survey_total = Kõik näidatud liikmed
network-survey_hidden = Näitamiseks on liiga vähe vastuseid
network-pulls = Statistika väljavõtted
network-no_pulls = Väljavõtteid veel ei ole.
network-pulled_by_member = teise liikmesorganisatsiooni haldur
network-organisations = { $count ->
    [one] { $count } organisatsioon
   *[other] { $count } organisatsiooni
}

membership-invited = Kutsutud
membership-declined = Keeldunud
membership-member = Liige
membership-ended = Lõppenud
membership-accept = Võta vastu
membership-decline = Keeldu
membership-end = Lõpeta

nav-api_tokens = API-võtmed
nav-key_figures = Põhinäitajad

key_figures-title = Aasta põhinäitajad
key_figures-intro = Teie omavalitsuse elanike arvust vanuse järgi ning aasta kuludest, töötajatest ja lahtiolekunädalatest arvutatakse külastused 1000 elaniku kohta ja kulu külastuse kohta — nii siin kui ka teie võrgustike statistikas.
key_figures-residents = Elanikud vanuse järgi
key_figures-cost = Aasta kulud
key_figures-staff = Töötajad (täistööajale taandatult)
key_figures-opening_weeks = Lahtiolekunädalad
key_figures-save = Salvesta põhinäitajad
key_figures-rates = Suhtarvud
key_figures-per_1000 = Külastusi 1000 { $min }–{ $max }-aastase elaniku kohta
key_figures-cost_per_visit = Kulu külastuse kohta

token-title = API-võtmed
token-intro = API-võti lubab teisel süsteemil kasutada API-t teie nimel, teie antud õiguste piires, kuni võtme viimase kehtivuspäevani. Võtit näidatakse ainult üks kord; tühistage see, kui seda enam ei vajata.
token-name = Milleks see on
token-scopes = Lubatud toimingud
token-scope-reports_read = Aruannete lugemine
token-scope-sessions_read = Tegevuskordade ja märkmete lugemine
token-scope-sessions_write = Tegevuskordade sisestamine ja muutmine
token-scope-structure_read = Üksuste ja tegevuste lugemine
token-scope-statistics_read = Võrgustiku statistika väljavõtmine
token-expires_on = Viimane kehtivuspäev
token-expires = Kehtib kuni { $day }
token-create = Loo võti
token-copy_now = Kopeerige võti kohe: seda rohkem ei näidata.

networks-title = Võrgustikud
networks-intro = Võrgustikud, kuhu te kuulute, näevad oma statistika jaoks teie näitajaid — mitte kunagi märkmeid, refleksioone ega hüüdnimesid ega lahtreid, kus noorte arv jääb alla lävendi.
networks-none = Ükski võrgustik ei ole teie organisatsiooni kutsunud.
networks-comparison = Teie organisatsioon võrrelduna võrgustiku { $network } mediaaniga
networks-pulls = Väljavõtted, mis sisaldasid teie näitajaid

annual-title = Aastaaruanne { $year }
annual-year = Aasta
annual-print = Prindi
annual-pdf = Laadi alla PDF
annual-visits_per_month = Külastused kuude kaupa
annual-aims = Aasta eesmärgid
annual-no_aims = Selle aasta kohta eesmärke ei ole.
annual-surveys = Noorte küsitlused
annual-no_surveys = Sel aastal ei lõppenud ühtegi küsitlusvooru.
annual-analysis = Meie analüüs
annual-save = Salvesta analüüs
annual-saved = Salvestatud.

register-open = Uus noor? Registreeri tema hüüdnimi
register-new_title = Registreeri noor
register-alias_hint = Hüüdnimi, millega noor registreerub: mitte tema päris nimi, e-post ega telefoninumber.
register-alias = Noore hüüdnimi
register-birth_year = Sünniaasta
register-choose = Vali
register-gender = Sugu
register-new_pin = Noore valitud 4-kohaline PIN-kood (vabatahtlik)
register-guardian_default = Lapsevanem või eestkostja teab, et noor seda kasutab.
register-new_save = Salvesta ja registreeri

structure-unit = Üksus
structure-move_keeps_sessions = Varasemad tegevuskorrad jäävad üksusele { $from }, kus need toimusid; edaspidi sisestatud tegevuskorrad lähevad arvesse üksusele { $to }.

# The public survey page (young people answer here)
survey-language = Keel
survey-intro = Sinu vastused on anonüümsed: me ei küsi sinu nime ja keegi ei näe, kes mida vastas.
survey-required = kohustuslik
survey-optional = vabatahtlik
survey-about-you = Sinust
survey-gender = Sugu
survey-gender-girl = Tüdruk
survey-gender-boy = Poiss
survey-gender-non_binary = Mittebinaarne
survey-gender-not_stated = Ei soovi öelda
survey-age-band = Vanus
survey-age-not-stated = Ei soovi öelda
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Saada vastused
survey-thanks-title = Aitäh!
survey-thanks = Sinu vastused on salvestatud.
survey-already = Oled sellele küsitlusele selles seadmes juba vastanud. Aitäh!
survey-not-open = See küsitlus pole praegu avatud.
survey-not-found = See küsitluse link ei tööta. Kontrolli aadressi või küsi töötajatelt uut linki.
survey-fix = Palun kontrolli allpool märgitud vastuseid.
survey-missing = Palun vasta sellele küsimusele.
survey-too-long = See vastus on liiga pikk.
survey-invalid-choice = Palun vali üks variantidest.
survey-too-fast = See läks kiiresti! Võta hetk, loe küsimused läbi ja saada siis uuesti.
survey-no-device = Sinu vastuseid ei ole veel saadetud: leht peab meeles pidama, et sellest telefonist on vastatud. Saada uuesti. Kui see kordub, luba sellele saidile küpsised.
survey-not-text = Palun kirjuta ainult tavalist teksti.
survey-too-many = Siit on praegu tulnud liiga palju vastuseid. Proovi mõne minuti pärast uuesti.
survey-kiosk-next = Küsitlus algab kohe järgmise inimese jaoks uuesti.
survey-kiosk-again = Järgmine inimene
survey-poster-title = Ütle, mida sa arvad!
survey-poster-text = Skanni koodi telefoni kaameraga ja vasta lühikesele küsitlusele. See on anonüümne.
survey-poster-open = Avatud kuni { $date }

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Küsitlused
surveys-title = Noorte küsitlused
surveys-intro = Noored vastavad anonüümselt oma telefonis või üksuse tahvelarvutis. Tulemused kuvatakse siis, kui küsitlusvoor on suletud ja vastuseid on piisavalt.
surveys-questionnaires = Küsimustikud
surveys-no_questionnaires = Küsimustikke veel ei ole. Alustage mõnest valmis küsimustikust.
surveys-questions = { $count ->
    [one] { $count } küsimus
   *[other] { $count } küsimust
}
surveys-copy_template = Kopeeri „{ $name }“
surveys-copied = Küsimustik on kopeeritud. Nüüd saate sellega küsitlusvooru alustada.
surveys-rounds = Küsitlusvoorud
surveys-no_rounds = Küsitlusvoore veel ei ole.
surveys-status-upcoming = Pole veel alanud
surveys-status-open = Avatud
surveys-status-closed = Suletud
surveys-answers = { $count ->
    [one] { $count } vastus
   *[other] { $count } vastust
}
surveys-link = Link noortele
surveys-kiosk_link = Link ühiselt kasutatavale tahvelarvutile
surveys-qr = QR-kood (SVG)
surveys-poster = Prinditav plakat (PDF)
surveys-close = Sulge voor kohe
surveys-results = Tulemused
surveys-new_round = Alusta küsitlusvooru
surveys-questionnaire = Küsimustik
surveys-round_title = Pealkiri
surveys-opens = Esimene päev
surveys-closes = Viimane päev
surveys-language = Keel, milles leht avaneb
surveys-where = Kus küsitlus toimub
surveys-whole_organisation = Kogu organisatsioon
surveys-activities = Või ainult nendes tegevustes
surveys-start = Alusta vooru
surveys-started = Voor on alanud. Jagage linki või printige plakat välja.
surveys-results_title = Tulemused: { $title }
surveys-results_wait = Tulemused kuvatakse siis, kui voor on suletud.
surveys-results_too_few = Vastuseid on vähem kui { $min }, seega tulemusi ei näidata: nii väheste vastuste puhul võiks kellegi vastused ära tunda.
surveys-breakdown = Jaotus
surveys-breakdown-none = Kõik koos
surveys-breakdown-gender = Sugu
surveys-breakdown-age_band = Vanuserühm
surveys-breakdown_note = Rühma näidatakse ainult siis, kui nii selles rühmas kui ka kõigil ülejäänutel on vähemalt { $min } vastust.
surveys-group-all = Kõik
surveys-group-not_stated = Märkimata
surveys-hidden = Näitamiseks on liiga vähe vastuseid.
surveys-mean = Keskmine { $value } (1–5)
surveys-agreeing = { $value } nõustub (4–5)
surveys-free_text = Avatud vastused
surveys-no_free_text = Avatud vastuseid ei ole.
surveys-download_csv = Laadi alla CSV
surveys-download_xlsx = Laadi alla Excel (XLSX)
surveys-column-group = Rühm
surveys-column-question = Küsimus
surveys-column-answer = Vastus
surveys-column-count = Vastuseid
surveys-column-answered = Küsimusele vastanuid
surveys-column-mean = Keskmine (1–5)
surveys-column-agreeing = Nõustub (4–5), %

# The questionnaire builder (org admins)
builder-new = Uus küsimustik
builder-edit = Muuda
builder-title_new = Uus küsimustik
builder-title_edit = Muuda „{ $name }“
builder-name = Nimi
builder-ask_gender = Küsi noore sugu (vastamine on alati vabatahtlik)
builder-ask_age_band = Küsi noore vanuserühma (vastamine on alati vabatahtlik)
builder-language = Keel, milles kirjutate
builder-language_note = Kirjutage iga tekst kõigis keeltes, mida teie noored loevad. Kui tekst mõnes keeles puudub, näidatakse seda küsitlusvooru keeles.
builder-question = { $number }. küsimus
builder-kind = Küsimuse liik
builder-kind-likert = Skaala 1 kuni 5
builder-kind-single_choice = Vali üks
builder-kind-multiple_choice = Vali mitu
builder-kind-free_text = Oma sõnadega
builder-text = Küsimus
builder-help = Abitekst (vabatahtlik)
builder-low = Mida tähendab 1
builder-high = Mida tähendab 5
builder-option = { $number }. variant
builder-add_option = Lisa variant
builder-remove_option = Eemalda { $number }. variant
builder-required = Vastamine on kohustuslik
builder-up = Liiguta üles
builder-down = Liiguta alla
builder-remove = Eemalda küsimus
builder-add = Lisa küsimus
builder-archived = Arhiveeritud (uusi voore ei saa alustada)
builder-save = Salvesta küsimustik
builder-saved = Küsimustik on salvestatud.

## Follow-up of aims (issue 20)
nav-follow_up = Seire
settings-follow_up_margin = Näitaja loetakse „lähedal“ olevaks, kui vahe on kuni (osakaalu puhul protsendipunkti, muidu protsenti sihtväärtusest)
follow-title = Eesmärkide seire
follow-intro = Iga näitaja arvutatakse teie sisestatud tegevuskordadest ja noorte küsitlustest ning seda võrreldakse teie sihtväärtusega.
follow-scope = Kelle eesmärgid
follow-organisation = Kogu organisatsioon
follow-no_aims = Eesmärke veel ei ole. Võtke allpool kasutusele Good Enough’i eesmärgid või seadke oma eesmärk.
follow-no_indicators = Sellel eesmärgil pole veel näitajaid. Näitaja lisamiseks muutke eesmärki.
follow-new_aim = Uus eesmärk
follow-edit_aim = Muuda eesmärki
follow-so_far = seni
follow-based_on = aluseks { $count }
follow-trend = Trend: { $name }
follow-metric_sessions = Tegevuskorrad
follow-metric_visits = Külastused
follow-metric_unique_visitors = Unikaalsed külastajad
follow-metric_first_time_visitors = Esmakülastajad
follow-metric_share_girls = Tüdrukute osakaal külastustest
follow-metric_share_boys = Poiste osakaal külastustest
follow-metric_share_non_binary = Mittebinaarsete osakaal külastustest
follow-metric_share_girls_unique = Tüdrukute osakaal käinud noorte seas
follow-metric_share_boys_unique = Poiste osakaal käinud noorte seas
follow-metric_share_non_binary_unique = Mittebinaarsete osakaal käinute seas
follow-metric_opening_hours = Lahtiolekutunnid
follow-metric_group_hours = Grupitegevuse tunnid
follow-metric_activity_hours = Tegevustunnid
follow-metric_youth_led_hours = Noorte juhitud tunnid
follow-metric_youth_led_share = Noorte juhitud tundide osakaal tegevustundidest
follow-metric_youth_producers = Noored korraldajad
follow-metric_producers_per_100_visits = Noori korraldajaid 100 külastuse kohta
follow-metric_visits_per_session = Külastusi tegevuskorra kohta
follow-metric_visits_per_opening_hour = Külastusi lahtiolekutunni kohta
follow-metric_survey_agreeing = Nõustub väitega „{ $question }“
follow-status_met = Saavutatud
follow-status_close = Lähedal
follow-status_not_met = Saavutamata
follow-status_not_enough_data = Liiga vähe andmeid
follow-target_at_least = sihtväärtus vähemalt { $target }
follow-target_at_most = sihtväärtus kõige rohkem { $target }
follow-plan = Tegevuskava
follow-notes = Märkmed
follow-action = { $what } — tähtaeg { $when } — { $who }
follow-action_done = tehtud
follow-no_plan = Tegevuskava pole veel kirja pandud.
follow-plan_what = Mida teeme
follow-plan_when = Tähtaeg
follow-plan_who = Kes
follow-plan_done = Tehtud
follow-plan_add = Lisa tegevus
follow-plan_remove = Eemalda tegevus
follow-plan_save = Salvesta märkmed ja kava
follow-plan_saved = Märkmed ja kava on salvestatud.
follow-plan_written = Viimati salvestas { $who }, { $when }
follow-plan_history = Varasemad versioonid
follow-good_enough = Good Enough
follow-good_enough_intro = KEKSi valdkonnad, mida saab teie andmete põhjal jälgida, koos lähtekohaks sobivate sihtväärtustega. Võtke need selleks aastaks kasutusele ja muutke neid oma äranägemise järgi.
follow-adopt = Võta kasutusele
follow-adopt_all = Võta kõik kasutusele
follow-adopted = Kasutusele võetud: { $title }
follow-in_use = Sel aastal kasutusel
aim-new = Uus eesmärk
aim-edit = Muuda eesmärki
aim-name = Mida soovime saavutada
aim-unit = Kehtib
aim-from = Alates
aim-to = Kuni
aim-archived = Arhiveeritud (enam ei jälgita)
aim-indicators = Näitajad
aim-metric = Mida mõõdetakse
aim-question = Küsitluse küsimus
aim-comparator = Tingimus
aim-comparator-at_least = vähemalt
aim-comparator-at_most = kõige rohkem
aim-target = Sihtväärtus
aim-target_from = Muudetud sihtväärtus kehtib alates
aim-baseline = Lähtetase (vabatahtlik)
aim-grain = Jälgimise periood
aim-grain-month = kuu
aim-grain-quarter = kvartal
aim-grain-year = aasta
aim-min_denominator = „Liiga vähe andmeid“, kui alla
aim-add_indicator = Lisa näitaja
aim-remove_indicator = Eemalda näitaja
aim-save = Salvesta eesmärk
aim-saved = Eesmärk on salvestatud.
network-good_enough = Good Enough liikmete seas
network-good_enough_intro = Mitu liikmesorganisatsiooni saavutab tänavu Good Enough’i iga näitaja; aluseks on malli enda sihtväärtus. Näidatakse ainult liikmete arvu.
network-good_enough_indicator = Näitaja
network-good_enough_met = Saavutatud
network-good_enough_close = Lähedal
network-good_enough_not_met = Saavutamata
network-good_enough_no_data = Liiga vähe andmeid
follow-column_value = Väärtus
follow-column_status = Olek
follow-periods = Eesmärgi kõik perioodid
follow-column_period = Periood
follow-plan_action = Tegevus { $number }
aim-indicator = Näitaja { $number }

outbox-waiting = Ootab saatmist ({ $count })
outbox-session = Tegevuskord: { $activity }, { $date }
outbox-check_in = Registreerimine: { $alias }, tegevuskord { $date }
outbox-send_now = Saada kohe
outbox-fix = Paranda
outbox-discard = Kustuta
outbox-sign_in_again = Teie sisselogimine on aegunud. Logige uuesti sisse, et ootel kirjed ära saata.
outbox-session_kept = Ühendus puudub: tegevuskord on selles seadmes alles ja saadetakse kohe, kui ühendus taastub.
outbox-check_in_kept = Ühendus puudub: registreerimine on selles seadmes alles ja saadetakse kohe, kui ühendus taastub.
outbox-sign_out_waiting = Ootab saatmist: { $count }. See jääb sellesse seadmesse ja saadetakse, kui uuesti sisse logite. Kas logida välja?
