# Logbookin tekstit suomeksi (Logbook's texts in Finnish).

app-name = Logbook
app-loading = Ladataan…
app-retry = Yritä uudelleen
app-close = Sulje

nav-home = Etusivu
nav-me = Oma tili
nav-logout = Kirjaudu ulos
nav-language = Kieli
nav-main = Päävalikko
nav-menu = Valikko

login-title = Kirjaudu Logbookiin
login-email = Sähköpostiosoite
login-password = Salasana
login-submit = Kirjaudu sisään
login-submitting = Kirjaudutaan…

home-title = Tervetuloa, { $name }
home-intro = Logbookiin kirjaat nuorisotyösi: toimintakerrat, kävijät ja sen, mitä tapahtui.

me-title = Oma tili
me-name = Nimi
me-email = Sähköpostiosoite
me-role = Rooli
me-organisation = Organisaatio
me-no_organisation = Ei organisaatiota (järjestelmän ylläpitäjä)

not_found-title = Sivua ei löytynyt
not_found-back = Takaisin etusivulle

role-system_admin = Järjestelmän ylläpitäjä
role-network_admin = Verkoston ylläpitäjä
role-org_admin = Organisaation ylläpitäjä
role-unit_manager = Yksikön esihenkilö
role-youth_worker = Nuorisotyöntekijä
role-viewer = Katselija

error-bad_request = Palvelin ei ymmärtänyt pyyntöä.
error-unauthorized = Kirjaudu uudelleen sisään.
error-invalid_credentials = Väärä sähköpostiosoite tai salasana.
error-token_expired = Kirjautumisesi on vanhentunut. Kirjaudu uudelleen sisään.
error-forbidden = Sinulla ei ole oikeutta tähän.
error-not_found = Ei löytynyt.
error-method_not_allowed = Tätä ei voi tehdä täällä.
error-conflict = Tämä on ristiriidassa jo olemassa olevan tiedon kanssa.
error-payload_too_large = Tietoa on liikaa kerralla lähetettäväksi.
error-unsupported_media_type = Pyyntö lähetettiin väärässä muodossa.
error-validation_failed = Korjaa merkityt kentät.
error-too_many_requests = Liian monta yritystä. Odota hetki ja yritä uudelleen.
error-internal = Palvelimella tapahtui virhe. Yritä myöhemmin uudelleen.
error-unavailable = Palvelimeen ei saada yhteyttä. Tarkista verkkoyhteytesi.

field_error-email = Anna kelvollinen sähköpostiosoite.
field_error-length = Pituus on väärä.
field_error-range = Arvo on sallitun alueen ulkopuolella.
field_error-required = Tämä tieto on pakollinen.
field_error-archived = Tämä on arkistoitu; valitse toinen.
field_error-type = Arvo on väärää tyyppiä.

nav-structure = Rakenne
nav-users = Henkilöt
nav-settings = Asetukset

home-your_units = Yksikkösi

invitation-title = Aseta salasana
invitation-for = Tervetuloa, { $name }! Valitse salasana tunnukselle { $email } organisaatiossa { $tenant }.
invitation-password = Uusi salasana (vähintään 10 merkkiä)
invitation-submit = Tallenna salasana
invitation-done = Salasanasi on asetettu. Voit nyt kirjautua sisään.
invitation-invalid = Linkki ei toimi: se on jo käytetty, se on vanhentunut tai siinä on kirjoitusvirhe. Pyydä ylläpitäjältä uusi linkki.

structure-title = Rakenne
structure-no_units = Yksiköitä ei ole vielä.
structure-archived = Arkistoitu
structure-archive = Arkistoi
structure-restore = Palauta
structure-add_unit = Lisää yksikkö
structure-name = Nimi
structure-unit_type = Yksikön tyyppi
structure-activity_name = Uusi toiminta
structure-kind = Toimintamuoto
structure-delivery_mode = Toteutustapa
structure-platform = Alusta (esim. Discord)
structure-add_activity = Lisää toiminta

unit_type-youth_centre = Nuorisotila
unit_type-meeting_place = Kohtaamispaikka
unit_type-department = Tiimi
unit_type-project_office = Hanketoimisto
unit_type-other = Muu

kind-open = Avoin toiminta
kind-group = Ryhmätoiminta
kind-event = Tapahtuma
kind-project = Hanke
kind-outreach = Jalkautuva nuorisotyö

delivery-on_site = Lähitoiminta
delivery-digital = Digitaalinen toiminta
delivery-hybrid = Hybriditoiminta

users-title = Henkilöt
users-name = Nimi
users-role = Rooli
users-units = Yksiköt
users-status = Tila
users-whole_organisation = Koko organisaatio
users-pending = Kutsuttu
users-active = Aktiivinen
users-inactive = Poistettu käytöstä
users-new_link = Uusi linkki
users-deactivate = Poista käytöstä
users-activate = Ota käyttöön
users-invite = Kutsu henkilö
users-units_hint = Yksiköt (jos mitään ei valita: koko organisaatio)
users-link_hint = Kopioi tämä linkki ja anna se henkilölle. Linkki toimii kerran, 7 päivän ajan.

settings-title = Asetukset
settings-age_bands = Kävijöiden ikäryhmät
settings-band_min = Alin ikä
settings-band_max = Ylin ikä
settings-remove_band = Poista
settings-add_band = Lisää ikäryhmä
settings-survey_min_responses = Kyselyn tulokset näytetään, kun vastauksia on vähintään
settings-network_min_cell = Verkostoille näytettävässä solussa nuoria vähintään
settings-digital_consent_age = Digitaalisen suostumuksen ikäraja
settings-alias_retention_months = Käyttämättömien nimimerkkien säilytysaika (kuukautta)
settings-audit_retention_months = Poista muutoslokin merkinnät (kuukautta; 0 säilyttää ne niin kauan kuin toimintakerrat)
settings-save = Tallenna asetukset
settings-saved = Tallennettu.

field_error-band_order = Ylin ikä ei saa olla alinta ikää pienempi.
field_error-band_overlap = Ikäryhmien on oltava nousevassa järjestyksessä, eivätkä ne saa mennä päällekkäin.
field_error-date_order = Päivämäärä on ennen alkamispäivää.
field_error-not_a_project = Hanketiedot voi antaa vain hankkeille.
field_error-duplicate = Mainittu kahdesti.
field_error-unknown = Tätä ei ole olemassa, tai sinulla ei ole oikeutta käyttää sitä.
field_error-taken = Tämä on jo käytössä.
field_error-wrong_password = Tämä ei ole nykyinen salasanasi.
field_error-not_an_organisation_role = Valitse jokin organisaation rooleista.
field_error-org_admin_scope = Organisaation ylläpitäjän oikeudet koskevat aina koko organisaatiota.

me-change_password = Vaihda salasana
me-current_password = Nykyinen salasana
me-password_changed = Salasanasi on vaihdettu. Muilta laitteilta on kirjauduttu ulos.

structure-save = Tallenna
structure-edit = Muokkaa
structure-close = Sulje
structure-topics = Teemat
structure-active_from = Toiminta alkaa
structure-active_to = Toiminta päättyy
structure-usual_start_time = Alkaa yleensä klo
structure-usual_end_time = Päättyy yleensä klo

project-start_date = Hanke alkaa
project-end_date = Hanke päättyy
project-goals = Hankkeen tavoitteet
project-target_group = Kohderyhmä
project-description = Kuvaus
project-partners = Kumppanit
project-funding_programme = Rahoitusohjelma
project-contact_person = Yhteyshenkilö

topic-leisure = Vapaa-aika
topic-culture = Kulttuuri
topic-sport = Liikunta
topic-learning_support = Oppimisen tuki
topic-counselling = Keskusteluapu ja ohjaus
topic-information = Tieto- ja neuvontatyö
topic-volunteering = Vapaaehtoistoiminta
topic-mobility = Kansainvälinen liikkuvuus

topics-title = Teemat
topics-new = Uusi teema
topics-add = Lisää teema

nav-log_session = Kirjaa toimintakerta
nav-sessions = Toimintakerrat

session-log_title = Kirjaa toimintakerta
session-no_activities = Kirjattavaa toimintaa ei ole vielä. Organisaatiosi ylläpitäjä lisää toiminnat kohdassa Rakenne.
session-activity = Toiminta
session-date = Päivämäärä
session-start = Alkaa
session-end = Päättyy
session-ends_next_day = Päättyy seuraavana päivänä (puolenyön jälkeen).
session-attendance = Kävijät
session-total = Yhteensä: { $count }
session-fewer = Yksi vähemmän: { $cell }
session-more = Yksi lisää: { $cell }
session-age_unknown = Ikä ei tiedossa
session-youth_led = Nuorten itse suunnittelema ja toteuttama
session-youth_led_short = Nuorten toteuttama
session-youth_producers = Nuoria toteuttajina
session-staff = Työntekijät
session-volunteers = Vapaaehtoiset
session-notes = Muistiinpanot: mitä tapahtui ja miksi
session-aims = Edistää tavoitteita
session-save = Tallenna toimintakerta
session-save_changes = Tallenna muutokset
session-saved = { $visits ->
    [one] Toimintakerta tallennettu ({ $visits } käyntikerta). Lomake on valmis seuraavaa varten.
   *[other] Toimintakerta tallennettu ({ $visits } käyntikertaa). Lomake on valmis seuraavaa varten.
}
session-duplicate_last = Aloita edellisen toimintakertani pohjalta
session-log_another = Kirjaa seuraava

sessions-title = Toimintakerrat
sessions-none = Ei vielä toimintakertoja.
sessions-all_activities = Kaikki toiminnat
sessions-visits = { $count ->
    [one] { $count } käyntikerta
   *[other] { $count } käyntikertaa
}
sessions-week = Viikko { $week }, { $year }
sessions-more = Näytä vanhemmat toimintakerrat
sessions-edit_title = Muokkaa toimintakertaa
sessions-delete = Poista tämä toimintakerta

gender-girl = Tyttö
gender-boy = Poika
gender-non_binary = Muunsukupuolinen
gender-not_stated = Ei ilmoitettu

field_error-equal_times = Toimintakerta ei voi päättyä samaan aikaan kuin se alkaa.
field_error-in_the_future = Päivämäärä on tulevaisuudessa.
field_error-unknown_age_band = Tämä ei ole organisaatiosi ikäryhmä.
field_error-not_asked = Tätä kysymystä ei kysytä tässä toiminnassa.

questions-title = Reflektiokysymykset
questions-text = Kysymys
questions-add = Lisää kysymys
questions-retire = Poista käytöstä
questions-bring_back = Ota uudelleen käyttöön
questions-retired = Poistettu käytöstä
questions-kinds_hint = Kysytään näissä toimintamuodoissa (jos mitään ei valita: kaikissa)
questions-units_hint = Kysytään näissä yksiköissä (jos mitään ei valita: kaikissa)
questions-in_sv = Ruotsiksi
questions-in_fi = Suomeksi
questions-in_sl = Sloveeniksi
questions-in_lv = Latviaksi
questions-in_et = Viroksi

error-check_in_closed = Kirjautuminen on nyt suljettu: täällä ei ole toimintaa käynnissä.

field_error-looks_like_email = Valitse lempinimi, älä sähköpostiosoitetta.
field_error-looks_like_phone = Valitse lempinimi, älä puhelinnumeroa (enintään 5 numeroa).
field_error-pin_format = PIN-koodissa on tasan 4 numeroa.
field_error-implausible_birth_year = Tarkista syntymävuosi.
field_error-guardian_confirmation_required = Vahvista tämä ensin.
field_error-not_recognised = Emme tunnista tätä nimimerkkiä ja PIN-koodia.
field_error-unknown_time_zone = Tämä ei ole aikavyöhykkeen nimi (esim. Europe/Helsinki).
field_error-not_an_open_activity_of_the_unit = Valitse jokin tämän yksikön avoimista toiminnoista.
field_error-unknown_language = Valitse jokin luettelon kielistä.

kiosk-not_registered = Tämä laite ei ole kioski. Henkilökunta: rekisteröi se kohdassa Kioskit ja avaa kioskilinkki tässä.
kiosk-fullscreen = Koko näyttö
kiosk-welcome = Tervetuloa, { $alias }!
kiosk-already_checked_in = Olet jo kirjautunut, { $alias }.
kiosk-next = Seuraava
kiosk-check_in_title = Kirjaudu sisään
kiosk-alias = Nimimerkkisi
kiosk-pin_if_any = PIN-koodi (jos sinulla on)
kiosk-check_in = Kirjaudu
kiosk-new_here = Olen uusi täällä
kiosk-new_title = Luo nimimerkki
kiosk-alias_hint = Lempinimi, jota vain sinä käytät. Ei oikeaa nimeäsi, sähköpostia tai puhelinnumeroa.
kiosk-birth_year = Syntymävuotesi
kiosk-choose = Valitse
kiosk-gender = Olen
kiosk-new_pin = Valitse 4-numeroinen PIN-koodi (vapaaehtoinen)
kiosk-guardian_default = Vanhempi tai huoltaja tietää, että käytän tätä.
kiosk-new_save = Tallenna ja kirjaudu
kiosk-back = Takaisin

nav-kiosks = Kioskit
nav-aliases = Nuoret

kiosks-title = Kioskit
kiosks-intro = Kioski on yksikön ovella oleva tabletti, jolla nuoret kirjautuvat sisään nimimerkillään. Rekisteröi laite ja avaa sitten sen linkki tabletilla.
kiosks-unit = Yksikkö
kiosks-name = Laitteen nimi
kiosks-language = Kieli
kiosks-register = Rekisteröi kioski
kiosks-registered = Kioski on rekisteröity. Avaa tämä linkki tabletilla (linkki näytetään vain nyt):
kiosks-use_here = Käytä tätä laitetta kioskina (kirjaa sinut ulos)
kiosks-last_used = Viimeksi käytetty
kiosks-never_used = Ei vielä käytetty
kiosks-revoke = Mitätöi
kiosks-revoked = Mitätöity
kiosks-none = Ei vielä kioskeja.

language-en = Englanti
language-sv = Ruotsi
language-fi = Suomi
language-sl = Sloveeni
language-lv = Latvia
language-et = Viro

aliases-title = Nuorten nimimerkit
aliases-intro = Hae nimimerkki, jos haluat viedä kaikki siitä tallennetut tiedot tai poistaa sen. Poistetun nimimerkin käyntikerrat säilyvät nimettöminä lukuina: mikään luku ei muutu.
aliases-search = Nimimerkki alkaa
aliases-birth_year = Syntynyt
aliases-last_seen = Viimeksi paikalla
aliases-export = Vie tiedot (JSON)
aliases-erase = Poista
aliases-confirm_erase = Poistetaanko { $alias }? Poistoa ei voi perua.
aliases-erased = Poistettu.
aliases-none = Nimimerkkejä ei löytynyt.

check_ins-title = Paikalle kirjautuneet
check_ins-none = Kukaan ei ole kirjautunut paikalle nimimerkillä.
check_ins-alias = Nimimerkki
check_ins-add = Kirjaa paikalle
check_ins-erased = (poistettu nimimerkki)
check_ins-counted = Kirjautumiset lisäävät käyntikertoihin { $count }.

settings-time_zone = Aikavyöhyke (IANA-nimi, esim. Europe/Helsinki)
settings-default_language = Uusien tilien ja kioskien kieli
settings-consent_text = Teksti, jonka kioski näyttää suostumusikää nuoremmille (tyhjä: valmis oletusteksti)

structure-check_in_opens_session = Kirjautuminen avaa päivän toimintakerran, jos mikään toimintakerta ei ole käynnissä
structure-default_open_activity = Oletuksena käytettävä avoin toiminta
structure-no_default_activity = Ei oletusta

nav-reports = Raportit

report-title = Raportit
report-this_month = Tämä kuukausi
report-half_year = Tämä vuosipuolisko
report-this_year = Tämä vuosi
report-last_year = Viime vuosi
report-from = Alkaen
report-to = Päättyen
report-units = Yksiköt (jos mitään ei valita: kaikki omasi)
report-group_by = Ryhmittely
report-group-none = Ei ryhmittelyä
report-group-unit = Yksikkö
report-group-activity = Toiminta
report-group-kind = Toimintamuoto
report-group-topic = Teema
report-group-delivery_mode = Toteutustapa
report-group-month = Kuukausi
report-group-unit_type = Yksikön tyyppi
report-group-organisation = Organisaatio
report-bands = Ikäryhmät (esim. 7-12,13-26; tyhjä: organisaation omat)
report-show = Näytä
report-figures = Luvut
report-views = Raportin näkymät
report-this_period = Tämä jakso
report-year_earlier = Vuotta aiemmin
report-change = Muutos
report-points = { $value } %-yks.
report-figure-sessions = Toimintakerrat
report-figure-visits = Käyntikerrat
report-figure-unique_visitors = Eri kävijät
report-figure-first_time_visitors = Ensikertalaiset kävijät
report-figure-opening_hours = Aukiolotunnit
report-figure-group_hours = Ryhmätoiminnan tunnit
report-figure-activity_hours = Toimintatunnit
report-figure-youth_led_hours = Nuorten toteuttamat tunnit
report-figure-youth_led_share = Nuorten toteuttamien tuntien osuus
report-figure-youth_producers = Nuoret toteuttajat
report-figure-visits_per_session = Käyntikertoja toimintakertaa kohden
report-figure-visits_per_opening_hour = Käyntikertoja aukiolotuntia kohden
report-figure-share_girls = Tyttöjen osuus
report-figure-share_boys = Poikien osuus
report-figure-share_non_binary = Muunsukupuolisten osuus
report-figure-visits_girl = Tyttöjen käyntikerrat
report-figure-visits_boy = Poikien käyntikerrat
report-figure-visits_non_binary = Muunsukupuolisten käyntikerrat
report-figure-visits_not_stated = Käyntikerrat, sukupuolta ei ilmoitettu
report-figure-visits_ages = Käyntikerrat, { $min }–{ $max }-vuotiaat
report-figure-visits_unbanded = Käyntikerrat, useaan ikäryhmään osuvat
report-figure-visits_outside_bands = Käyntikerrat, ikäryhmien ulkopuolella
report-figure-visits_age_unknown = Käyntikerrat, ikä ei tiedossa
report-figure-visits_per_1000_residents = Käyntikertoja 1 000 asukasta kohden ({ $min }–{ $max }-vuotiaat)
report-figure-cost_per_visit = Kustannus käyntikertaa kohden
report-column-group = Ryhmä
report-column-key = Tunniste
report-total = Yhteensä
number-percent = { $value } %
report-chart-visits_by_gender = Käyntikerrat kuukausittain sukupuolen mukaan
report-chart-ages = Käyntikerrat iän mukaan
report-chart-hours_by_kind = Tunnit toimintamuodoittain
report-chart-youth_led = Nuorten toteuttamien tuntien osuus
report-age-unbanded = Useaan ikäryhmään osuvat
report-age-outside = Ikäryhmien ulkopuolella
report-age-unknown = Ikä ei tiedossa
report-other_hours = Muut tunnit

dashboard-title = Yksikkösi tänä vuonna

record-title = Laadulliset kirjaukset: muistiinpanot ja reflektiot
record-search = Hae tekstiä muistiinpanoista ja vastauksista
record-none = Tällä aikavälillä ei ole muistiinpanoja eikä vastauksia.
record-tab = Muistiinpanot ja pohdinnat
record-more = { $count ->
    [one] Näytä vielä yksi
   *[other] Näytä lisää ({ $count } jäljellä)
}

report-export-csv = Lataa CSV
report-export-xlsx = Lataa Excel (XLSX)

nav-annual_report = Vuosiraportti
nav-network = Verkosto
nav-networks = Verkostot

network-members = Jäsenet ja kutsut
network-invite_which = Kutsuttava organisaatio
network-invite = Kutsu
network-statistics = Tilastot { $from }–{ $to }
network-suppression = Solut, joissa on alle { $min } nuorta, piilotetaan, samoin solut, joista piilotetut luvut voisi päätellä.
network-figure = Luku
network-min_cell = Piilota solut, joissa nuoria on vähemmän kuin
network-save_min_cell = Tallenna asetukset
network-age_bands = Tilastojen ikäryhmät (esim. 6-12,13-15)
network-rate_ages = Käynnit 1 000 asukasta kohden: ikävuodet (esim. 6-20)
network-grains = Luvut annetaan vain kokonaisista kalenterikuukausista, neljänneksistä ja vuosista ja vain näissä ikäryhmissä, jotta kahta hakua vähentämällä ei voi päätellä piilotettua lukua. Ne lukitaan, kun lukuja on kerran haettu.
network-total = Kaikki jäsenet
network-suppressed = piilotettu
network-perturbed = Lukumääriin on lisätty satunnainen poikkeama, enintään { $most } suuntaan tai toiseen, joka haulla samalla tavalla (soluavainmenetelmä), jotta yksittäistä nuorta ei voi päätellä; suhdeluvut on laskettu muutetuista lukumääristä.
network-comparison = Jäsenet verrattuna verkoston mediaaniin
network-comparison_chart = Käyntikerrat jäsenittäin ja verkoston mediaani
network-median = Verkoston mediaani
network-surveys = Nuorten kyselyt rinnakkain
network-surveys_intro = Jäsenet, jotka ovat tänä vuonna tehneet saman valmiin kyselyn. Jäsen, jolla on liian vähän vastauksia, piilotetaan eikä sitä lasketa mukaan yhteistulokseen; mediaani edellyttää viittä jäsentä.
network-survey_template = Kysely
network-survey_member = Jäsen
network-survey_total = Kaikki näytetyt jäsenet
network-survey_hidden = Liian vähän vastauksia näytettäväksi
network-pulls = Tilastohaut
network-no_pulls = Ei vielä tilastohakuja.
network-pulled_by_member = toisen jäsenorganisaation ylläpitäjä
network-organisations = { $count ->
    [one] { $count } organisaatio
   *[other] { $count } organisaatiota
}

membership-invited = Kutsuttu
membership-declined = Kieltäytynyt
membership-member = Jäsen
membership-ended = Päättynyt
membership-accept = Hyväksy
membership-decline = Kieltäydy
membership-end = Päätä jäsenyys

nav-api_tokens = API-avaimet
nav-key_figures = Tunnusluvut

key_figures-title = Vuoden tunnusluvut
key_figures-intro = Kuntasi asukasmääristä ikäryhmittäin sekä vuoden kustannuksista, henkilöstöstä ja aukioloviikoista lasketaan käyntikerrat 1 000 asukasta kohden ja kustannus käyntikertaa kohden — täällä ja verkostojesi tilastoissa.
key_figures-residents = Asukkaat iän mukaan
key_figures-cost = Vuoden kustannukset
key_figures-staff = Henkilöstö (henkilötyövuosina)
key_figures-opening_weeks = Aukioloviikot
key_figures-save = Tallenna tunnusluvut
key_figures-rates = Suhdeluvut
key_figures-per_1000 = Käyntikertoja 1 000 asukasta kohden ({ $min }–{ $max }-vuotiaat)
key_figures-cost_per_visit = Kustannus käyntikertaa kohden

token-title = API-avaimet
token-intro = Avaimella toinen järjestelmä voi käyttää API:a sinun nimissäsi antamiesi oikeuksien rajoissa viimeiseen voimassaolopäivään asti. Avain näytetään vain kerran; mitätöi se, kun sitä ei enää tarvita.
token-name = Käyttötarkoitus
token-scopes = Oikeudet
token-scope-reports_read = Raporttien lukeminen
token-scope-sessions_read = Toimintakertojen ja muistiinpanojen lukeminen
token-scope-sessions_write = Toimintakertojen kirjaaminen ja muuttaminen
token-scope-structure_read = Yksiköiden ja toimintojen lukeminen
token-scope-statistics_read = Verkoston tilastojen hakeminen
token-expires_on = Viimeinen voimassaolopäivä
token-expires = Voimassa { $day } asti
token-create = Luo avain
token-copy_now = Kopioi avain nyt: sitä ei näytetä uudelleen.

networks-title = Verkostot
networks-intro = Verkostot, joihin organisaatiosi kuuluu, näkevät lukunne tilastojaan varten — eivät koskaan muistiinpanoja, reflektioita tai nimimerkkejä eivätkä soluja, joissa on raja-arvoa vähemmän nuoria.
networks-none = Yksikään verkosto ei ole kutsunut organisaatiotasi.
networks-comparison = Organisaatiosi verrattuna verkoston { $network } mediaaniin
networks-pulls = Tilastohaut, joissa lukunne olivat mukana

annual-title = Vuosiraportti { $year }
annual-year = Vuosi
annual-print = Tulosta
annual-pdf = Lataa PDF
annual-visits_per_month = Käyntikerrat kuukausittain
annual-aims = Vuoden tavoitteet
annual-no_aims = Tälle vuodelle ei ole tavoitteita.
annual-surveys = Nuorten kyselyt
annual-no_surveys = Tänä vuonna ei päättynyt yhtään kyselykierrosta.
annual-analysis = Oma analyysimme
annual-save = Tallenna analyysi
annual-saved = Tallennettu.

register-open = Uusi kävijä? Rekisteröi hänen nimimerkkinsä
register-new_title = Rekisteröi nuori
register-alias_hint = Nimimerkki, jolla nuori kirjautuu: ei oikea nimi, sähköpostiosoite tai puhelinnumero.
register-alias = Nuoren nimimerkki
register-birth_year = Syntymävuosi
register-choose = Valitse
register-gender = Sukupuoli
register-new_pin = Nuoren valitsema 4-numeroinen PIN-koodi (vapaaehtoinen)
register-guardian_default = Vanhempi tai huoltaja tietää, että nuori käyttää tätä.
register-new_save = Rekisteröi ja kirjaa paikalle

structure-unit = Yksikkö
structure-move_keeps_sessions = Aiemmat toimintakerrat jäävät yksikölle { $from }, jossa ne pidettiin; tästä eteenpäin kirjatut toimintakerrat lasketaan yksikölle { $to }.

# The public survey page (young people answer here)
survey-language = Kieli
survey-intro = Vastauksesi ovat nimettömiä: emme kysy nimeäsi, eikä kukaan näe, kuka vastasi mitäkin.
survey-required = pakollinen
survey-optional = vapaaehtoinen
survey-about-you = Sinusta
survey-gender = Sukupuoli
survey-gender-girl = Tyttö
survey-gender-boy = Poika
survey-gender-non_binary = Muunsukupuolinen
survey-gender-not_stated = En halua kertoa
survey-age-band = Ikä
survey-age-not-stated = En halua kertoa
survey-scale = 1 = { $low }, 5 = { $high }
survey-send = Lähetä vastaukset
survey-thanks-title = Kiitos!
survey-thanks = Vastauksesi on tallennettu.
survey-already = Olet jo vastannut tähän kyselyyn tällä laitteella. Kiitos!
survey-not-open = Kysely ei ole nyt auki.
survey-not-found = Tämä kyselylinkki ei toimi. Tarkista osoite tai pyydä ohjaajilta uusi linkki.
survey-fix = Tarkista alla merkityt vastaukset.
survey-missing = Vastaa tähän kysymykseen.
survey-too-long = Vastaus on liian pitkä.
survey-invalid-choice = Valitse jokin vaihtoehdoista.
survey-too-fast = Olipa nopeaa! Lue kysymykset rauhassa ja lähetä sitten uudelleen.
survey-no-device = Vastauksiasi ei ole vielä lähetetty: sivun täytyy muistaa, että tällä puhelimella on vastattu. Lähetä uudelleen. Jos tämä toistuu, salli evästeet tälle sivustolle.
survey-not-text = Kirjoita vain tavallista tekstiä.
survey-too-many = Täältä on juuri nyt tullut liikaa vastauksia. Yritä uudelleen muutaman minuutin päästä.
survey-kiosk-next = Kysely alkaa hetken päästä alusta seuraavalle vastaajalle.
survey-kiosk-again = Seuraava vastaaja
survey-poster-title = Kerro mielipiteesi!
survey-poster-text = Skannaa koodi puhelimen kameralla ja vastaa lyhyeen kyselyyn. Se on nimetön.
survey-poster-open = Auki { $date } asti

# Surveys for staff: questionnaires, rounds, results (and their exports)
nav-surveys = Kyselyt
surveys-title = Nuorten kyselyt
surveys-intro = Nuoret vastaavat nimettömästi omalla puhelimellaan tai yksikön tabletilla. Tulokset näkyvät, kun kierros on suljettu ja vastauksia on tullut tarpeeksi.
surveys-questionnaires = Kyselylomakkeet
surveys-no_questionnaires = Kyselylomakkeita ei ole vielä. Aloita valmiista lomakkeesta.
surveys-questions = { $count ->
    [one] { $count } kysymys
   *[other] { $count } kysymystä
}
surveys-copy_template = Kopioi ”{ $name }”
surveys-copied = Kyselylomake kopioitiin. Voit nyt aloittaa sillä kyselykierroksen.
surveys-rounds = Kyselykierrokset
surveys-no_rounds = Kyselykierroksia ei ole vielä.
surveys-status-upcoming = Ei vielä alkanut
surveys-status-open = Auki
surveys-status-closed = Suljettu
surveys-answers = { $count ->
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
surveys-link = Linkki nuorille
surveys-kiosk_link = Linkki yhteiselle tabletille
surveys-qr = QR-koodi (SVG)
surveys-poster = Tulostettava juliste (PDF)
surveys-close = Sulje kierros nyt
surveys-results = Tulokset
surveys-new_round = Aloita kierros
surveys-questionnaire = Kyselylomake
surveys-round_title = Otsikko
surveys-opens = Ensimmäinen päivä
surveys-closes = Viimeinen päivä
surveys-language = Kieli, jolla sivu avautuu
surveys-where = Missä kysely tehdään
surveys-whole_organisation = Koko organisaatio
surveys-activities = Tai vain näissä toiminnoissa
surveys-start = Aloita kierros
surveys-started = Kierros aloitettiin. Jaa linkki tai tulosta juliste.
surveys-results_title = Tulokset: { $title }
surveys-results_wait = Tulokset näkyvät, kun kierros on suljettu.
surveys-results_too_few = Vastauksia on alle { $min }, joten tuloksia ei näytetä: näin pienestä joukosta jonkun vastaukset voisi tunnistaa.
surveys-breakdown = Ryhmittely
surveys-breakdown-none = Kaikki yhdessä
surveys-breakdown-gender = Sukupuoli
surveys-breakdown-age_band = Ikäryhmä
surveys-breakdown_note = Ryhmä näytetään vain, jos sekä siinä että kaikissa muissa yhteensä on vähintään { $min } vastausta.
surveys-group-all = Kaikki
surveys-group-not_stated = Ei ilmoitettu
surveys-hidden = Liian vähän vastauksia näytettäväksi.
surveys-mean = Keskiarvo { $value } (1–5)
surveys-agreeing = { $value } samaa mieltä (4–5)
surveys-free_text = Avoimet vastaukset
surveys-no_free_text = Ei avoimia vastauksia.
surveys-download_csv = Lataa CSV
surveys-download_xlsx = Lataa Excel (XLSX)
surveys-column-group = Ryhmä
surveys-column-question = Kysymys
surveys-column-answer = Vastaus
surveys-column-count = Vastauksia
surveys-column-answered = Kysymykseen vastanneet
surveys-column-mean = Keskiarvo (1–5)
surveys-column-agreeing = Samaa mieltä (4–5), %

# The questionnaire builder (org admins)
builder-new = Uusi kyselylomake
builder-edit = Muokkaa
builder-title_new = Uusi kyselylomake
builder-title_edit = Muokkaa ”{ $name }”
builder-name = Nimi
builder-ask_gender = Kysy nuoren sukupuolta (vastaaminen on aina vapaaehtoista)
builder-ask_age_band = Kysy nuoren ikäryhmää (vastaaminen on aina vapaaehtoista)
builder-language = Kieli, jolla kirjoitat
builder-language_note = Kirjoita jokainen teksti kaikilla kielillä, joita nuorenne lukevat. Jos tekstiä ei ole jollakin kielellä, se näytetään kierroksen kielellä.
builder-question = Kysymys { $number }
builder-kind = Kysymystyyppi
builder-kind-likert = Asteikko 1–5
builder-kind-single_choice = Valitse yksi
builder-kind-multiple_choice = Valitse useita
builder-kind-free_text = Omin sanoin
builder-text = Kysymys
builder-help = Ohjeteksti (vapaaehtoinen)
builder-low = Mitä 1 tarkoittaa
builder-high = Mitä 5 tarkoittaa
builder-option = Vaihtoehto { $number }
builder-add_option = Lisää vaihtoehto
builder-remove_option = Poista vaihtoehto { $number }
builder-required = Vastaus on pakollinen
builder-up = Siirrä ylös
builder-down = Siirrä alas
builder-remove = Poista kysymys
builder-add = Lisää kysymys
builder-archived = Arkistoitu (ei uusia kierroksia)
builder-save = Tallenna kyselylomake
builder-saved = Kyselylomake tallennettiin.

## Follow-up of aims (issue 20)
nav-follow_up = Seuranta
settings-follow_up_margin = Mittari on ”lähellä”, kun ero tavoitetasoon on enintään (osuuksissa prosenttiyksikköä, muuten prosenttia tavoitetasosta)
follow-title = Tavoitteiden seuranta
follow-intro = Jokainen mittari lasketaan kirjaamistasi toimintakerroista ja nuorten kyselyistä, ja sitä verrataan tavoitetasoosi.
follow-scope = Kenen tavoitteet
follow-organisation = Koko organisaatio
follow-no_aims = Tavoitteita ei ole vielä. Ota alta käyttöön Good Enough -tavoitteet tai aseta oma tavoite.
follow-no_indicators = Tällä tavoitteella ei ole vielä mittareita. Lisää mittari muokkaamalla tavoitetta.
follow-new_aim = Uusi tavoite
follow-edit_aim = Muokkaa tavoitetta
follow-so_far = tähän mennessä
follow-based_on = pohjana { $count }
follow-trend = Kehitys: { $name }
follow-metric_sessions = Toimintakerrat
follow-metric_visits = Käyntikerrat
follow-metric_unique_visitors = Eri kävijät
follow-metric_first_time_visitors = Ensikertalaiset kävijät
follow-metric_share_girls = Tyttöjen osuus käyntikerroista
follow-metric_share_boys = Poikien osuus käyntikerroista
follow-metric_share_non_binary = Muunsukupuolisten osuus käyntikerroista
follow-metric_share_girls_unique = Tyttöjen osuus käyneistä nuorista
follow-metric_share_boys_unique = Poikien osuus käyneistä nuorista
follow-metric_share_non_binary_unique = Muunsukupuolisten osuus käyneistä nuorista
follow-metric_opening_hours = Aukiolotunnit
follow-metric_group_hours = Ryhmätoiminnan tunnit
follow-metric_activity_hours = Toimintatunnit
follow-metric_youth_led_hours = Nuorten toteuttamat tunnit
follow-metric_youth_led_share = Nuorten toteuttamien tuntien osuus toimintatunneista
follow-metric_youth_producers = Nuoret toteuttajat
follow-metric_producers_per_100_visits = Nuoria toteuttajia 100 käyntikertaa kohden
follow-metric_visits_per_session = Käyntikertoja toimintakertaa kohden
follow-metric_visits_per_opening_hour = Käyntikertoja aukiolotuntia kohden
follow-metric_survey_agreeing = Samaa mieltä väitteen ”{ $question }” kanssa
follow-status_met = Saavutettu
follow-status_close = Lähellä
follow-status_not_met = Ei saavutettu
follow-status_not_enough_data = Ei riittävästi tietoa
follow-target_at_least = tavoitetaso vähintään { $target }
follow-target_at_most = tavoitetaso enintään { $target }
follow-plan = Toimenpidesuunnitelma
follow-notes = Muistiinpanot
follow-action = { $what } — { $when } mennessä — { $who }
follow-action_done = tehty
follow-no_plan = Toimenpidesuunnitelmaa ei ole vielä kirjoitettu.
follow-plan_what = Mitä teemme
follow-plan_when = Mihin mennessä
follow-plan_who = Kuka
follow-plan_done = Tehty
follow-plan_add = Lisää toimenpide
follow-plan_remove = Poista toimenpide
follow-plan_save = Tallenna muistiinpanot ja suunnitelma
follow-plan_saved = Muistiinpanot ja suunnitelma tallennettiin.
follow-plan_written = Viimeksi tallentanut { $who }, { $when }
follow-plan_history = Aiemmat versiot
follow-good_enough = Good Enough
follow-good_enough_intro = KEKSin osa-alueet, joita tietojesi avulla voi seurata, ja tavoitetasot lähtökohdaksi. Ota ne käyttöön tälle vuodelle ja muokkaa niitä haluamallasi tavalla.
follow-adopt = Ota käyttöön
follow-adopt_all = Ota kaikki käyttöön
follow-adopted = Otettu käyttöön: { $title }
follow-in_use = Käytössä tänä vuonna
aim-new = Uusi tavoite
aim-edit = Muokkaa tavoitetta
aim-name = Mihin pyrimme
aim-unit = Koskee
aim-from = Alkaa
aim-to = Päättyy
aim-archived = Arkistoitu (ei enää seurata)
aim-indicators = Mittarit
aim-metric = Mitattava asia
aim-question = Kyselyn kysymys
aim-comparator = Ehto
aim-comparator-at_least = vähintään
aim-comparator-at_most = enintään
aim-target = Tavoitetaso
aim-target_from = Muutettu tavoitetaso on voimassa alkaen
aim-baseline = Lähtötaso (vapaaehtoinen)
aim-grain = Seurantajakso
aim-grain-month = kuukausi
aim-grain-quarter = vuosineljännes
aim-grain-year = vuosi
aim-min_denominator = ”Ei riittävästi tietoa”, kun määrä on alle
aim-add_indicator = Lisää mittari
aim-remove_indicator = Poista mittari
aim-save = Tallenna tavoite
aim-saved = Tavoite tallennettiin.
network-good_enough = Good Enough -mittarit jäsenillä
network-good_enough_intro = Kuinka moni jäsenorganisaatio saavuttaa tänä vuonna kunkin Good Enough -mittarin, kukin mallin omaan tavoitetasoon verrattuna. Vain jäsenten lukumäärät.
network-good_enough_indicator = Mittari
network-good_enough_met = Saavutettu
network-good_enough_close = Lähellä
network-good_enough_not_met = Ei saavutettu
network-good_enough_no_data = Ei riittävästi tietoa
follow-column_value = Arvo
follow-column_status = Tila
follow-periods = Tavoitteen kaikki jaksot
follow-column_period = Jakso
follow-plan_action = Toimenpide { $number }
aim-indicator = Mittari { $number }

outbox-waiting = Odottaa lähetystä ({ $count })
outbox-session = Toimintakerta: { $activity }, { $date }
outbox-check_in = Paikalle kirjaus: { $alias }, toimintakerta { $date }
outbox-send_now = Lähetä nyt
outbox-fix = Korjaa
outbox-discard = Poista
outbox-sign_in_again = Kirjautumisesi on päättynyt. Kirjaudu uudelleen, niin odottavat lähetetään.
outbox-session_kept = Ei verkkoyhteyttä: toimintakerta on tallessa tällä laitteella ja lähtee heti, kun yhteys palaa.
outbox-check_in_kept = Ei verkkoyhteyttä: paikalle kirjaus on tallessa tällä laitteella ja lähtee heti, kun yhteys palaa.
outbox-sign_out_waiting = Odottaa lähetystä: { $count }. Ne säilyvät tällä laitteella ja lähtevät, kun kirjaudut taas sisään. Kirjaudutaanko ulos?
