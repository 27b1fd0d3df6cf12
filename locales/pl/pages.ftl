## Talk to Us: the start page, confirmation, published pages and problem pages.

## Start page

start-title = Porozmawiaj z nami
start-intro =
    Napisz do { $landlord }: zgłoś problem, poproś o coś albo podziękuj.
    Zajmie to około 10 minut. Przed wysłaniem możesz zmienić swoje odpowiedzi.
start-promise-title = Co obiecujemy
start-promises =
    Na każdym etapie będziemy Cię informować w sposób, który wybierzesz.
    Jasno wyjaśnimy, jak zajmiemy się Twoją sprawą.
    Dotrzymamy naszych terminów.
    Postaramy się jak najlepiej naprawić sytuację.
start-choose-title = Co chcesz zrobić?
start-complaint-link = Powiedz nam, że coś poszło nie tak
start-complaint-description = Złóż skargę na nasze usługi, naszych pracowników lub osoby, które dla nas pracują.
start-enquiry-link = Zadaj pytanie lub poproś o usługę
start-enquiry-description = Na przykład zgłoś naprawę albo poproś o informacje.
start-compliment-link = Podziękuj
start-compliment-description = Daj nam znać, gdy ktoś z nas lub cały zespół dobrze wykonał swoją pracę.
start-format-link = Poproś o inny format lub język
start-format-description = Zamów listy lub nasze zasady dużym drukiem, alfabetem Braille'a, w wersji audio, w wersji łatwej do czytania (easy read) lub w innym języku.
start-behalf-title = Kontakt w imieniu innej osoby
start-behalf = Ktoś może zrobić to za Ciebie. Na przykład członek rodziny, przyjaciel, niezależna osoba wspierająca (advocate), pracownik wsparcia, Twój poseł (MP) lub radny. Zapytamy tę osobę o Twoją zgodę.
start-other-ways-title = Inne sposoby kontaktu
start-more-title = Więcej informacji
start-formats-title = Inne języki i formaty
start-formats = Ta strona jest dostępna w języku angielskim, bengalskim, hindi, urdu, chińskim i polskim. Wybierz język na górze strony. Możemy wysyłać listy dużym drukiem, alfabetem Braille'a, w wersji audio lub w wersji łatwej do czytania (easy read).

## Housing Ombudsman and contact details

ombudsman-title = Rzecznik do spraw Mieszkalnictwa (Housing Ombudsman)
ombudsman-intro = Rzecznik do spraw Mieszkalnictwa (Housing Ombudsman) może w każdej chwili udzielić Ci bezpłatnej porady. Może też rozpatrzyć Twoją skargę, gdy zakończy się nasza procedura.
contact-phone = Telefon:
contact-email = E-mail:
contact-website = Strona internetowa:
contact-post = Listownie:
contact-in-person = Osobiście w każdym z naszych biur.

## Confirmation

confirmation-title-complaint = Skarga wysłana
confirmation-title-service-request = Zgłoszenie wysłane
confirmation-title-formal-enquiry = Zapytanie wysłane
confirmation-title-compliment = Podziękowanie wysłane
confirmation-title-format-request = Zgłoszenie wysłane
confirmation-reference = Twój numer referencyjny to
confirmation-received = Data otrzymania: { $received }.
confirmation-keep-reference = Zachowaj swój numer referencyjny. Podawaj go, gdy kontaktujesz się z nami w tej sprawie.
confirmation-emailing = Wysyłamy kopię e-mailem na adres { $email }. Jeśli nie dotrze w ciągu godziny, sprawdź folder ze spamem albo zadzwoń do nas.
confirmation-next-title = Co dalej
confirmation-next-complaint =
    Skontaktujemy się z Tobą, żeby potwierdzić, że mamy Twoją skargę. Zrobimy to najpóźniej do dnia: { $date }. Sprawdzimy, czy dobrze ją rozumiemy i czego od nas oczekujesz.
    Potem w ciągu { $later ->
        [one] { $later } dnia roboczego
        [few] { $later } dni roboczych
        [many] { $later } dni roboczych
       *[other] { $later } dni roboczych
    } wyślemy Ci naszą pełną odpowiedź.
    Jeśli będziemy potrzebować więcej czasu, wyjaśnimy dlaczego i napiszemy, kiedy się odezwiemy.
confirmation-next-service-request =
    Skontaktujemy się z Tobą w sprawie zgłoszenia najpóźniej do dnia: { $date }.
    Jeśli sposób, w jaki się tym zajmiemy, Ci nie odpowiada, możesz złożyć skargę.
confirmation-next-formal-enquiry =
    Odpowiemy najpóźniej do dnia: { $date }.
    To znaczy w ciągu { $days ->
        [one] { $days } dnia roboczego
        [few] { $days } dni roboczych
        [many] { $days } dni roboczych
       *[other] { $days } dni roboczych
    }.
confirmation-next-compliment =
    Dziękujemy. Przekażemy Twoje podziękowanie najpóźniej do dnia: { $date }.
confirmation-next-format-request =
    Skontaktujemy się z Tobą, żeby to ustalić, najpóźniej do dnia: { $date }.
confirmation-questions = Jeśli masz pytanie albo chcesz coś dodać, zadzwoń pod numer { $phone } i podaj swój numer referencyjny.
confirmation-record-title = Zachowaj kopię
confirmation-record-link = Zobacz kopię wysłanych informacji, żeby ją wydrukować lub zapisać
confirmation-home-link = Wróć na początek

record-title = Informacje, które do nas wysłano
record-received = Data otrzymania
record-print-hint = Aby zachować kopię, użyj w przeglądarce opcji Drukuj lub Zapisz.

## Our policy

policy-title = Nasze zasady „Porozmawiaj z nami”
policy-intro =
    Tak { $landlord } rozpatruje skargi, zapytania i podziękowania.
    Przestrzegamy Kodeksu rozpatrywania skarg (Complaint Handling Code) Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman).
    Dni robocze liczymy od poniedziałku do piątku. Nie liczymy świąt państwowych (bank holidays).
policy-what-title = Co to jest skarga?
policy-what =
    Skarga to sytuacja, w której mówisz nam, że coś Ci nie odpowiada w naszych usługach, w pracy naszych pracowników lub osób, które dla nas pracują.
    Nie musisz używać słowa „skarga”. Skargę możesz złożyć w dowolny sposób: przez internet, telefonicznie, listownie, e-mailem lub osobiście.
    Jeśli prosisz o usługę po raz pierwszy, traktujemy to jako prośbę o usługę. Jeśli sposób, w jaki się tym zajmiemy, Ci nie odpowiada, możesz złożyć skargę.
policy-stage-one-title = Etap 1
policy-stage-one =
    W ciągu { $ack ->
        [one] { $ack } dnia roboczego
        [few] { $ack } dni roboczych
        [many] { $ack } dni roboczych
       *[other] { $ack } dni roboczych
    } potwierdzimy, że mamy Twoją skargę.
    Napiszemy, jak rozumiemy Twoją skargę i czego od nas oczekujesz.
    Potem w ciągu { $stage1 ->
        [one] { $stage1 } dnia roboczego
        [few] { $stage1 } dni roboczych
        [many] { $stage1 } dni roboczych
       *[other] { $stage1 } dni roboczych
    } wyślemy Ci naszą pełną odpowiedź.
    Jeśli będziemy potrzebować więcej czasu, wyjaśnimy dlaczego. Nie przedłużymy terminu o więcej niż { $stage1ext ->
        [one] { $stage1ext } dodatkowy dzień roboczy
        [few] { $stage1ext } dodatkowe dni robocze
        [many] { $stage1ext } dodatkowych dni roboczych
       *[other] { $stage1ext } dodatkowych dni roboczych
    }.
policy-stage-two-title = Etap 2
policy-stage-two =
    Jeśli nasza odpowiedź Cię nie zadowala, możesz poprosić nas o ponowne rozpatrzenie sprawy. Zrób to w ciągu { $window ->
        [one] { $window } dnia roboczego
        [few] { $window } dni roboczych
        [many] { $window } dni roboczych
       *[other] { $window } dni roboczych
    } od naszej odpowiedzi. Nie musisz podawać powodu.
    Sprawą zajmie się inna osoba. W ciągu { $ack2 ->
        [one] { $ack2 } dnia roboczego
        [few] { $ack2 } dni roboczych
        [many] { $ack2 } dni roboczych
       *[other] { $ack2 } dni roboczych
    } potwierdzimy, że mamy Twoją prośbę.
    Potem w ciągu { $stage2 ->
        [one] { $stage2 } dnia roboczego
        [few] { $stage2 } dni roboczych
        [many] { $stage2 } dni roboczych
       *[other] { $stage2 } dni roboczych
    } wyślemy Ci naszą ostateczną odpowiedź. Jeśli będziemy potrzebować więcej czasu, wyjaśnimy dlaczego. Nie przedłużymy terminu o więcej niż { $stage2ext ->
        [one] { $stage2ext } dodatkowy dzień roboczy
        [few] { $stage2ext } dodatkowe dni robocze
        [many] { $stage2ext } dodatkowych dni roboczych
       *[other] { $stage2ext } dodatkowych dni roboczych
    }.
    Są tylko 2 etapy.
policy-other-title = Zapytania i podziękowania
policy-other =
    Jeśli w Twojej sprawie skontaktuje się z nami Twój poseł (MP), radny, członek zarządu lub niezależna osoba wspierająca (advocate), odpowiemy w ciągu { $enquiry ->
        [one] { $enquiry } dnia roboczego
        [few] { $enquiry } dni roboczych
        [many] { $enquiry } dni roboczych
       *[other] { $enquiry } dni roboczych
    }.
    Jeśli nam podziękujesz, przekażemy podziękowanie w ciągu { $compliment ->
        [one] { $compliment } dnia roboczego
        [few] { $compliment } dni roboczych
        [many] { $compliment } dni roboczych
       *[other] { $compliment } dni roboczych
    }.
policy-not-accepted-title = Kiedy możemy nie przyjąć skargi
policy-not-accepted-intro = Przyjmujemy większość skarg. Możemy nie przyjąć skargi, jeśli:
policy-not-accepted-rights = Jeśli nie przyjmiemy Twojej skargi, napiszemy do Ciebie i wyjaśnimy dlaczego. Możesz poprosić Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman), żeby sprawdził naszą decyzję.
exclusion-older-than-time-limit = problem wystąpił ponad 12 miesięcy temu albo wiesz o nim od ponad 12 miesięcy. Mimo to możemy go rozpatrzyć.
exclusion-first-service-request = prosisz o usługę po raz pierwszy
exclusion-legal-proceedings = sprawa jest częścią postępowania sądowego
exclusion-already-considered = rozpatrzyliśmy już tę sprawę przy wcześniejszej skardze
exclusion-other-policy-appeal = jest to odwołanie od decyzji, dla której istnieje osobna procedura
exclusion-insurance-or-injury-claim = jest to roszczenie z ubezpieczenia lub o odszkodowanie za obrażenia ciała
exclusion-staff-matter = sprawa dotyczy zatrudnienia naszego pracownika
policy-help-title = Pomoc i wsparcie
policy-help =
    Ktoś może złożyć skargę w Twoim imieniu, na przykład członek rodziny, przyjaciel, niezależna osoba wspierająca (advocate) lub Twój poseł (MP).
    Daj nam znać, jeśli potrzebujesz pomocy w kontakcie z nami. Na przykład innego języka, dużego druku albo spotkania w miejscu, do którego łatwo Ci dotrzeć.
policy-ombudsman-when = W każdej chwili możesz poprosić Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman) o poradę. Po naszej odpowiedzi na etapie 2 możesz poprosić go o rozpatrzenie Twojej skargi.

## Accessibility statement

accessibility-title = Deklaracja dostępności
accessibility-intro = { $landlord } chce, żeby z tej strony mogło korzystać jak najwięcej osób.
accessibility-how-title = Jak możesz korzystać z tej strony
accessibility-how =
    Możesz korzystać z klawiatury, czytnika ekranu, programu do sterowania głosem lub lupy ekranowej.
    Możesz powiększyć stronę do 400%, a tekst nadal zmieści się na ekranie.
    Strona działa bez JavaScript i na małym telefonie.
    Możesz powiększyć tekst i zmienić kolory. Użyj linku na dole każdej strony.
    Strona jest dostępna w języku angielskim, bengalskim, hindi, urdu, chińskim i polskim.
accessibility-formats-title = Inne formaty
accessibility-formats = Jeśli potrzebujesz informacji dużym drukiem, alfabetem Braille'a, w wersji audio, w wersji łatwej do czytania (easy read) lub w innym języku, zadzwoń pod numer { $phone } albo napisz na adres { $email }.
accessibility-compliance-title = Na ile ta strona jest dostępna
accessibility-compliance = Chcemy spełniać wytyczne dostępności treści internetowych WCAG (Web Content Accessibility Guidelines) w wersji 2.2 na poziomie AA. Sprawdzamy każdą stronę automatycznie i ręcznie.
accessibility-problems-title = Zgłoś nam problem
accessibility-problems = Jeśli coś na tej stronie nie działa w Twoim przypadku, zadzwoń pod numer { $phone } albo napisz na adres { $email }. Pomożemy Ci w inny sposób i naprawimy problem.
accessibility-enforcement-title = Jeśli nasza odpowiedź Cię nie zadowala
accessibility-enforcement = Komisja do spraw Równości i Praw Człowieka (Equality and Human Rights Commission) pilnuje, żeby instytucje publiczne przestrzegały przepisów o dostępności. Jeśli nie zadowala Cię to, jak odpowiedzieliśmy, skontaktuj się ze Służbą Doradztwa i Wsparcia do spraw Równości (Equality Advisory and Support Service).

## Privacy notice

privacy-title = Informacja o prywatności
privacy-intro = Tu wyjaśniamy, co { $landlord } robi z informacjami, które nam tutaj podajesz.
privacy-what-title = Co przechowujemy
privacy-what =
    To, co nam mówisz: Twoje imię i nazwisko, dane kontaktowe, co się stało i czego od nas oczekujesz.
    Jeśli ktoś kontaktuje się z nami w Twoim imieniu: imię i nazwisko oraz dane kontaktowe tej osoby, a także informację o Twojej zgodzie.
    Pomoc, o którą prosisz, oraz niepełnosprawność lub problem zdrowotny, jeśli zdecydujesz się nam o nich powiedzieć.
privacy-why-title = Dlaczego to przechowujemy
privacy-why = Używamy tych informacji, żeby zająć się tym, co nam wysłano, informować Cię o sprawie i uczyć się na podstawie skarg. Prawo pozwala nam na to, żebyśmy mogli zarządzać naszymi mieszkaniami i przestrzegać Kodeksu Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman).
privacy-sharing-title = Komu to przekazujemy
privacy-sharing = Tylko pracownikom, którzy potrzebują tych informacji, żeby Ci pomóc. Możemy je przekazać Rzecznikowi do spraw Mieszkalnictwa (Housing Ombudsman), jeśli poprosisz go o rozpatrzenie Twojej skargi. Nigdy ich nie sprzedajemy.
privacy-keeping-title = Jak długo to przechowujemy
privacy-keeping =
    Jeśli zaczniesz wypełniać formularz, ale go nie wyślesz, usuniemy Twoje odpowiedzi po 7 dniach.
    Skargi i zapytania przechowujemy przez 6 lat od zamknięcia sprawy. Potem je usuwamy.
privacy-cookies-title = Pliki cookie
privacy-cookies = Używamy jednego pliku cookie, żeby zapamiętać Twoje odpowiedzi, gdy wypełniasz formularz, drugiego, żeby zapamiętać Twój język, i trzeciego, żeby zapamiętać rozmiar tekstu i kolory. Nie używamy plików cookie, żeby Cię śledzić.
privacy-rights-title = Twoje prawa
privacy-rights = Możesz poprosić o wgląd w informacje, które o Tobie przechowujemy, albo o ich poprawienie. Napisz na adres { $email }. Możesz też złożyć skargę do Biura Komisarza do spraw Informacji (Information Commissioner's Office).

## Display settings

display-title = Rozmiar tekstu i kolory
display-intro = Wybierz to, co najłatwiej Ci się czyta. Zapamiętamy Twój wybór na tym urządzeniu.
display-saved = Twoje ustawienia zostały zapisane.
display-return = Wróć do poprzedniej strony
field-text-size-label = Rozmiar tekstu
option-text-size-standard = Standardowy
option-text-size-large = Duży
option-text-size-very-large = Bardzo duży
field-contrast-label = Kolory
option-contrast-standard = Standardowe
option-contrast-high = Wysoki kontrast (czarno-białe)

## Problem pages

problem-not-found-title = Nie znaleziono strony
problem-not-found = Sprawdź, czy adres strony jest poprawny. Jeśli adres był wklejony, sprawdź, czy skopiowano go w całości.
problem-server-title = Przepraszamy, coś poszło nie tak
problem-server = Nie udało się tego teraz zrobić. Wcześniej wysłane informacje są bezpieczne. Spróbuj ponownie za kilka minut.
problem-forbidden-title = Nie mogliśmy przyjąć tego formularza
problem-forbidden = Formularz nie pochodzi z tej strony internetowej. Wróć na początek i spróbuj ponownie.
problem-too-large-title = Za dużo tekstu, żeby to wysłać
problem-too-large = Wysłano więcej, niż możemy przyjąć za jednym razem. Wróć, skróć odpowiedź i spróbuj ponownie.
problem-bad-encoding-title = Nie mogliśmy odczytać tego formularza
problem-bad-encoding = Części tekstu nie udało się odczytać. Wróć i wpisz go ponownie.
problem-expired-title = Strona wygasła
problem-expired = Dla bezpieczeństwa Twoich odpowiedzi strony wygasają po pewnym czasie. Wróć, odśwież stronę i spróbuj ponownie.
problem-contact = Możesz też zadzwonić do nas pod numer { $phone } albo napisać na adres { $email }.
problem-home-link = Przejdź na początek
problem-too-many-title = Poczekaj chwilę
problem-too-many = W krótkim czasie dostaliśmy z Twojego połączenia dużo formularzy. Odczekaj minutę, a potem wróć i ponownie naciśnij przycisk. Twoje odpowiedzi są bezpieczne.
problem-method-title = Nie udało się tego zrobić na tej stronie
problem-method = Tej strony nie można użyć w ten sposób. Przejdź na początek i spróbuj ponownie.
