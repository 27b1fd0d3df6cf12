## Talk to Us: the frame of every page, the question pages and their messages.
## Plain English: short sentences, everyday words. Keys say where they are used.

service-name = Porozmawiaj z nami
error-title-prefix = Błąd:
skip-link = Przejdź do głównej treści
language-nav-label = Wybierz język
back-link = Wstecz
footer-heading = Przydatne linki
footer-policy = Nasze zasady „Porozmawiaj z nami”
footer-accessibility = Deklaracja dostępności
footer-privacy = Informacja o prywatności
footer-display = Zmień rozmiar tekstu i kolory
footer-phone = Telefon:
footer-email = E-mail:

## Parts of every form

error-summary-title = Wystąpił problem
error-prefix = Błąd:
notification-success-title = Gotowe
label-optional = (nieobowiązkowe)
button-continue = Dalej
button-send = Wyślij
button-save = Zapisz
date-day = Dzień
date-month = Miesiąc
date-year = Rok
answer-not-given = Nie podano
change-link = Zmień
change-link-label = Zmień odpowiedź: { $question }

## Who is getting in touch

step-who-title = W czyjej sprawie kontaktujesz się z nami?
option-who-myself = We własnej sprawie
option-who-someone-else = W sprawie innej osoby
option-who-someone-else-hint = Na przykład członka rodziny, przyjaciela lub osoby, której pomagasz.
option-who-official = Jako poseł (MP), radny lub członek zarządu
error-who-required = Wybierz, w czyjej sprawie kontaktujesz się z nami

step-representative-title = Twoje dane
step-representative-intro =
    Możesz skontaktować się z nami w sprawie innej osoby. Musimy wiedzieć, kim jesteś.
    Na następnej stronie zapytamy, jak ta osoba się na to zgodziła.
field-rep-role-label = Kim jesteś dla tej osoby?
option-rep-role-family-friend = Jestem kimś z rodziny albo przyjaźnię się z tą osobą
option-rep-role-advocate = Jestem niezależną osobą wspierającą (advocate)
option-rep-role-support-worker = Zawodowo wspieram tę osobę lub się nią opiekuję
option-rep-role-solicitor = Jestem prawnikiem (solicitor)
option-rep-role-other = Inna sytuacja
error-rep-role-required = Wybierz, kim jesteś dla tej osoby
field-rep-name-label = Twoje imię i nazwisko
error-rep-name-required = Wpisz swoje imię i nazwisko
field-rep-organisation-label = Twoja organizacja
field-rep-organisation-hint = Na przykład organizacja charytatywna lub biuro, w którym pracujesz.
field-rep-email-label = Twój adres e-mail
field-rep-phone-label = Twój numer telefonu
error-rep-contact-required = Podaj swój adres e-mail lub numer telefonu

step-official-title = Dane kontaktowe
step-official-intro =
    Dziękujemy za kontakt w sprawie mieszkańca.
    Traktujemy to jako formalne zapytanie. Odpowiemy w terminie podanym w naszych zasadach.
field-official-role-label = Pełniona funkcja
option-official-role-mp = Poseł lub posłanka do Parlamentu (MP)
option-official-role-councillor = Radny lub radna
option-official-role-board-member = Członek zarządu
error-official-role-required = Wybierz pełnioną funkcję

step-consent-title = Zgoda tej osoby
field-consent-label = Jak ta osoba zgodziła się na Twój kontakt z nami?
field-consent-hint = Musimy wiedzieć, że ta osoba zgadza się na Twoje działanie w jej imieniu.
option-consent-written = Ta osoba dała mi pisemną zgodę
option-consent-verbal = Ta osoba powiedziała mi, że się zgadza, i wie, że się z wami kontaktuję
option-consent-legal-authority = Mam pełnomocnictwo lub inne prawo do działania w jej imieniu
option-consent-constituent = Ta osoba poprosiła mnie o pomoc jako swojego posła (MP) lub radnego
error-consent-required = Wybierz, jak ta osoba zgodziła się na Twój kontakt z nami
field-send-to-label = Do kogo mamy wysyłać listy i informacje o sprawie?
option-send-to-customer = Do tej osoby
option-send-to-representative = Do mnie
option-send-to-both = Do tej osoby i do mnie
error-send-to-required = Wybierz, do kogo mamy wysyłać listy i informacje o sprawie

## The customer

step-customer-title = Twoje dane
step-customer-title-behalf = Dane tej osoby
field-customer-name-label = Twoje imię i nazwisko
field-customer-name-label-behalf = Imię i nazwisko tej osoby
error-customer-name-required = Wpisz imię i nazwisko
field-customer-address-label = Adres
field-customer-address-label-behalf = Adres tej osoby
field-customer-address-hint = Potrzebujemy go, jeśli chcesz dostawać listy pocztą.
field-customer-postcode-label = Kod pocztowy
field-customer-postcode-label-behalf = Kod pocztowy tej osoby
error-postcode-invalid = Wpisz kod pocztowy, używając tylko liter, cyfr i spacji, na przykład { $postcode-example }
field-tenancy-reference-label = Numer referencyjny najmu
field-tenancy-reference-label-behalf = Numer referencyjny najmu tej osoby
field-tenancy-reference-hint = Znajdziesz go w listach w sprawie czynszu. Jeśli go nie znasz, zostaw to pole puste.

step-tenure-title = Czy wynajmujesz swoje mieszkanie, czy masz je na własność?
step-tenure-title-behalf = Czy ta osoba wynajmuje swoje mieszkanie, czy ma je na własność?
option-tenure-tenant = Wynajem od nas (najemca)
option-tenure-leaseholder = Własność na podstawie długoterminowej dzierżawy (leaseholder)
option-tenure-shared-owner = Częściowo własność, częściowo wynajem (shared owner)
option-tenure-other = Inna sytuacja (nie najemca)
error-tenure-required = Wybierz, czy mieszkanie jest wynajmowane, czy na własność

## Complaint

step-what-happened-title = Co poszło nie tak?
field-what-happened-hint = Opisz to własnymi słowami. Nie musisz używać słowa „skarga”. Jeśli znasz daty, miejsca i nazwiska, podaj je.
error-what-happened-required = Napisz, co poszło nie tak

step-when-title = Kiedy to się stało albo od kiedy o tym wiesz?
field-when-hint = Na przykład 27 3 2026. Jeśli nie masz pewności, podaj przybliżoną datę.
error-when-required = Wpisz datę, kiedy to się stało albo od kiedy o tym wiesz
error-date-incomplete = Wpisz dzień, miesiąc i rok
error-date-invalid = Wpisz poprawną datę, na przykład 27 3 2026
error-date-future = Data musi być dzisiejsza lub wcześniejsza

step-older-title = To było jakiś czas temu
step-older-intro =
    Zwykle rozpatrujemy skargi złożone w ciągu { $months ->
        [one] { $months } miesiąca
        [few] { $months } miesięcy
        [many] { $months } miesięcy
       *[other] { $months } miesięcy
    } od wystąpienia problemu albo od chwili, gdy się o nim dowiedziano.
    Nadal możemy rozpatrzyć Twoją skargę. Przejdź dalej. Jeśli możesz, napisz, dlaczego nie udało Ci się skontaktować z nami wcześniej.
    Decyzję podejmie nasz pracownik. Jeśli nie możemy rozpatrzyć skargi, napiszemy do Ciebie i wyjaśnimy dlaczego.

step-outcome-title = Co chcesz, żebyśmy zrobili?
field-outcome-hint = Na przykład, żebyśmy coś naprawili, przeprosili, coś wyjaśnili albo zmienili sposób działania.
error-outcome-required = Napisz, co chcesz, żebyśmy zrobili

step-asked-before-title = Czy ta sprawa była już nam wcześniej zgłaszana?
field-asked-before-hint = Na przykład zgłoszono naprawę, ale nie została wykonana.
option-asked-before-yes = Tak, była już zgłaszana
option-asked-before-no = Nie, to pierwszy raz
error-asked-before-required = Wybierz, czy ta sprawa była już nam wcześniej zgłaszana

step-route-title = Jak mamy się tym zająć?
step-route-intro =
    Jeśli zgłaszasz to po raz pierwszy, często możemy szybko to załatwić jako prośbę o usługę. Na przykład umówimy naprawę.
    Jeśli sposób, w jaki się tym zajmiemy, Ci nie odpowiada, nadal możesz złożyć skargę.
    Możesz też od razu złożyć skargę. Wybór należy do Ciebie.
option-route-service-request = Najpierw zajmijcie się tym jako prośbą o usługę
option-route-complaint = Od razu zajmijcie się tym jako skargą
error-route-required = Wybierz, jak mamy się tym zająć

## Contact and letters

step-contact-title = Jak mamy się z Tobą kontaktować?
step-contact-title-behalf = Jak mamy się kontaktować z tą osobą?
field-contact-methods-label = Jak mamy się z Tobą kontaktować?
field-contact-methods-label-behalf = Jak mamy się kontaktować z tą osobą?
field-contact-methods-hint = Zaznacz wszystkie odpowiednie.
option-contact-methods-email = E-mail
option-contact-methods-phone = Rozmowa telefoniczna
option-contact-methods-letter = List
option-contact-methods-text = SMS
error-contact-methods-required = Wybierz co najmniej jeden sposób kontaktu
field-email-label = Adres e-mail
field-email-label-behalf = Adres e-mail tej osoby
field-email-hint = Użyjemy go tylko do kontaktu w tej sprawie.
error-email-invalid = Wpisz poprawny adres e-mail, na przykład { $email-example }
error-email-no-at = Wpisz adres e-mail ze znakiem @ (małpą), na przykład { $email-example }
error-email-spaces = Adres e-mail nie może zawierać spacji
error-email-two-dots = Adres e-mail nie może mieć dwóch kropek obok siebie (..)
error-email-dot-at-edge = Część adresu przed znakiem @ nie może zaczynać się ani kończyć kropką
error-email-character = Adres e-mail nie może zawierać znaku { $character }
error-email-domain = Część adresu po znaku @ jest niepoprawna. Powinna wyglądać na przykład tak: example.com
error-email-needed = Wpisz adres e-mail albo wybierz inny sposób niż e-mail
field-phone-label = Numer telefonu
field-phone-label-behalf = Numer telefonu tej osoby
field-phone-hint = Do rozmowy telefonicznej lub SMS-a.
error-phone-invalid = Wpisz numer telefonu, na przykład { $phone-example } lub { $mobile-example }
error-phone-needed = Wpisz numer telefonu albo wybierz inny sposób niż telefon i SMS
error-address-needed = Do wysyłania listów potrzebujemy adresu. Wróć do strony z danymi i dodaj adres albo wybierz inny sposób kontaktu.
error-address-needed-here = Wpisz adres, na który mamy to wysłać

step-updates-title = Jak często mamy informować Cię o sprawie?
field-update-frequency-label = Jak często mamy informować Cię o sprawie?
option-update-frequency-weekly = Co tydzień
option-update-frequency-fortnightly = Co 2 tygodnie
option-update-frequency-when-news = Tylko wtedy, gdy coś się zmieni
error-update-frequency-required = Wybierz, jak często mamy informować Cię o sprawie
field-avoid-times-label = Kiedy nie mamy się z Tobą kontaktować
field-avoid-times-hint = Na przykład nie przed 10:00 albo nie w piątki.

step-letters-title = Listy i dokumenty
step-letters-intro = Możemy wysyłać listy w innym języku lub formacie. Napisz, co jest dla Ciebie najlepsze.
field-letter-language-label = W jakim języku?
error-letter-language-required = Wybierz język
field-letter-format-label = W jakim formacie?
option-letter-format-standard = Zwykły druk
option-letter-format-large-print = Duży druk
option-letter-format-braille = Alfabet Braille'a
option-letter-format-audio = Nagranie audio
option-letter-format-easy-read = Wersja łatwa do czytania (easy read)
error-letter-format-required = Wybierz format

step-adjustments-title = Jak możemy Ci pomóc
step-adjustments-intro =
    Chcemy, żeby kontakt z nami był dla Ciebie łatwy. Nie musisz odpowiadać na te pytania.
    Pytamy, żeby dopasować sposób, w jaki z Tobą pracujemy. Na przykład możemy spotkać się z Tobą w miejscu z pętlą indukcyjną albo dzwonić w określonych porach.
    Te informacje są poufne. Przekazujemy je tylko pracownikom, którzy potrzebują ich, żeby Ci pomóc.
field-adjustments-label = Czy coś ułatwiłoby Ci kontakt z nami?
field-adjustments-hint = Na przykład tłumacz, ktoś do pomocy albo kontakt tylko w określonych porach.
field-disability-label = Czy masz niepełnosprawność lub problem zdrowotny, o którym chcesz nam powiedzieć?
field-disability-hint = Napisz o tym tylko wtedy, gdy chcesz. Dzięki temu lepiej dopasujemy się do Twoich potrzeb.
error-too-long = Wpisz najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaków
    }
error-session-expired = Strona wygasła. Zachowaliśmy Twoje odpowiedzi. Sprawdź je i ponownie naciśnij „Dalej”.

## Enquiry or service request

step-request-title = Czego potrzebujesz?
field-request-hint = Napisz, o co chcesz zapytać lub jakiej usługi potrzebujesz. Jeśli znasz daty, miejsca i nazwiska, podaj je.
error-request-required = Napisz, czego potrzebujesz

## Compliment

step-compliment-about-title = Komu lub któremu zespołowi chcesz podziękować?
field-compliment-about-hint = Na przykład zespołowi od napraw albo osobie, która Cię odwiedziła.
error-compliment-about-required = Napisz, komu lub któremu zespołowi chcesz podziękować
step-compliment-what-title = Co poszło dobrze?
error-compliment-what-required = Napisz, co poszło dobrze
step-named-title = Czy możemy podać im Twoje imię i nazwisko?
field-named-hint = Twoje podziękowanie przekażemy w każdym przypadku.
option-named-yes = Tak, możecie podać moje imię i nazwisko
option-named-no = Nie, nie podawajcie mojego imienia i nazwiska
error-named-required = Wybierz, czy możemy podać Twoje imię i nazwisko
step-compliment-you-title = Twoje dane
error-email-required = Wpisz adres e-mail

## Format or language request

step-document-title = Czego potrzebujesz w innym formacie lub języku?
field-document-label = Jaki dokument?
option-document-policy = Nasze zasady „Porozmawiaj z nami”
option-document-my-case = Listy w sprawie mojej skargi lub zapytania
option-document-all-letters = Wszystkie listy, które od teraz będziecie mi wysyłać
error-document-required = Wybierz, jakiego dokumentu potrzebujesz
field-document-reference-label = Twój numer referencyjny
field-document-reference-hint = Jeśli go znasz. Wygląda tak: { $reference-example }.
step-format-you-title = Twoje dane
step-send-title = Dokąd mamy to wysłać?
field-send-by-label = Jak mamy to wysłać?
option-send-by-email = E-mailem
option-send-by-post = Pocztą
error-send-by-required = Wybierz, jak mamy to wysłać

## Check answers

check-title = Sprawdź swoje odpowiedzi
check-send-title-complaint = Teraz wyślij skargę
check-declaration-complaint = Gdy to wyślesz, zarejestrujemy Twoją skargę i podamy Ci numer referencyjny.
check-send-title-enquiry = Teraz wyślij zgłoszenie
check-declaration-enquiry = Gdy to wyślesz, zarejestrujemy Twoje zgłoszenie i podamy Ci numer referencyjny.
check-send-title-compliment = Teraz wyślij podziękowanie
check-declaration-compliment = Gdy to wyślesz, przekażemy Twoje podziękowanie i podamy Ci numer referencyjny.
check-send-title-format = Teraz wyślij zgłoszenie
check-declaration-format = Gdy to wyślesz, zarejestrujemy Twoje zgłoszenie i podamy Ci numer referencyjny.
