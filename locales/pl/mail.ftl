## Emails. Subjects give the reference and the kind of message, never what a complaint is about.

mail-subject-receipt-complaint = Skarga { $reference }: otrzymaliśmy ją
mail-subject-receipt-service-request = Zgłoszenie { $reference }: otrzymaliśmy je
mail-subject-receipt-formal-enquiry = Zapytanie { $reference }: otrzymaliśmy je
mail-subject-receipt-format-request = Zgłoszenie { $reference }: otrzymaliśmy je
mail-subject-compliment-thanks = Twoje podziękowanie { $reference }: dziękujemy
mail-subject-staff-new-case = Nowe zgłoszenie: { $kind } { $reference }
mail-subject-acknowledgement = Skarga { $reference }: zaczęliśmy etap { $stage }
mail-subject-extension = Skarga { $reference }: nowy termin naszej odpowiedzi
mail-subject-response = Skarga { $reference }: nasza odpowiedź na etapie { $stage }
mail-subject-refusal = Skarga { $reference }: nasza decyzja

## Parts of every email

mail-greeting = Dzień dobry, { $name },
mail-sign-off = Zespół do spraw skarg, { $landlord }
mail-sign-off-general = Cały zespół, { $landlord }
mail-reference = Twój numer referencyjny
mail-reference-quote = Gdy się z nami kontaktujesz, podaj swój numer referencyjny { $reference }.
mail-contact-title = Jak się z nami skontaktować
mail-contact-reply = Możesz odpowiedzieć na ten e-mail.
mail-ombudsman-anytime = W każdej chwili możesz poprosić Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman) o bezpłatną poradę. Nie musisz czekać na naszą odpowiedź.
mail-formats = Możemy wysyłać nasze listy dużym drukiem, alfabetem Braille'a, w wersji audio, w wersji łatwej do czytania (easy read) lub w innym języku. Wystarczy nas o to poprosić.

## Receipt: sent when someone sends us something

mail-receipt-title-complaint = Otrzymaliśmy Twoją skargę
mail-receipt-title-service-request = Otrzymaliśmy Twoje zgłoszenie
mail-receipt-title-formal-enquiry = Otrzymaliśmy Twoje zapytanie
mail-receipt-title-format-request = Otrzymaliśmy Twoje zgłoszenie
mail-receipt-received = Data otrzymania: { $date }. Dziękujemy, że dajesz nam znać.
mail-receipt-received-for = Data otrzymania: { $date }. Wysłano to w imieniu tej osoby: { $customer }. Dziękujemy, że dajesz nam znać.
mail-receipt-next-complaint =
    Skontaktujemy się z Tobą najpóźniej do dnia: { $date }. Sprawdzimy, czy dobrze rozumiemy Twoją skargę i czego od nas oczekujesz.
    Potem w ciągu { $later ->
        [one] { $later } dnia roboczego
        [few] { $later } dni roboczych
        [many] { $later } dni roboczych
       *[other] { $later } dni roboczych
    } od tego kontaktu wyślemy Ci naszą pełną odpowiedź.
    Jeśli będziemy potrzebować więcej czasu, wyjaśnimy dlaczego i napiszemy, kiedy się odezwiemy.
mail-receipt-next-service-request =
    Skontaktujemy się z Tobą w sprawie zgłoszenia najpóźniej do dnia: { $date }.
    Jeśli sposób, w jaki się tym zajmiemy, Ci nie odpowiada, możesz złożyć skargę.
mail-receipt-next-formal-enquiry =
    Odpowiemy najpóźniej do dnia: { $date }.
    To znaczy w ciągu { $days ->
        [one] { $days } dnia roboczego
        [few] { $days } dni roboczych
        [many] { $days } dni roboczych
       *[other] { $days } dni roboczych
    }.
mail-receipt-next-format-request =
    Skontaktujemy się z Tobą, żeby to ustalić, najpóźniej do dnia: { $date }.
mail-receipt-answers-title = Co nam przekazano
mail-receipt-answers-private = W tym e-mailu pominęliśmy wszystko, co dotyczy zdrowia. Te informacje są bezpieczne w naszych aktach.
mail-receipt-add-title = Jak coś dodać albo zapytać o sprawę
mail-receipt-add = Jeśli chcesz coś dodać albo zapytać, co dzieje się z Twoją sprawą, odpowiedz na ten e-mail albo zadzwoń do nas. Podaj swój numer referencyjny.
mail-receipt-help-title = Ktoś może Ci pomóc
mail-receipt-help = Jeśli chcesz, ktoś może działać w Twoim imieniu. Na przykład członek rodziny, przyjaciel, niezależna osoba wspierająca (advocate), pracownik wsparcia, Twój poseł (MP) lub radny. Napisz nam, kto to jest.

## Thanks for a compliment

mail-thanks-title = Dziękujemy za miłe słowa
mail-thanks-body = Twoja wiadomość dotarła do nas. Data otrzymania: { $date }. Przekażemy Twoje podziękowanie najpóźniej do dnia: { $due }.
mail-thanks-named = Możemy podać Twoje imię i nazwisko, bo się na to zgadzasz.
mail-thanks-not-named = Nie podamy nikomu Twojego imienia i nazwiska.

## New case notice for staff. No complaint text and no health information.

mail-staff-team = Zespół do spraw skarg, { $landlord }
mail-staff-title = Nowe zgłoszenie: { $kind }
mail-staff-intro = Wpłynęło nowe zgłoszenie. Otwórz sprawę, żeby je przeczytać.
mail-staff-kind = Rodzaj
mail-staff-received = Data otrzymania
mail-staff-channel = Kanał
mail-staff-channel-online = Formularz internetowy
mail-staff-made-by = Kto wysłał
mail-staff-made-by-customer = Klient
mail-staff-made-by-representative = Przedstawiciel ({ $role })
mail-staff-made-by-official = Poseł (MP), radny lub członek zarządu ({ $role })
mail-staff-page-language = Język formularza
mail-staff-letter-language = Język listów
mail-staff-letter-format = Format listów
mail-staff-requests = Prośby o formaty i dostosowania
mail-staff-requests-none = Brak
mail-staff-emailed = Komu wysłano potwierdzenie e-mailem
mail-staff-emailed-none = Nikomu: brak adresu e-mail. Wyślij list albo zadzwoń.
mail-staff-link = Otwórz sprawę:
mail-staff-reference = Numer referencyjny
mail-staff-due = Termin następnego kroku
mail-kind-complaint = skarga
mail-kind-service-request = prośba o usługę
mail-kind-formal-enquiry = formalne zapytanie
mail-kind-compliment = podziękowanie
mail-kind-format-request = prośba o inny format lub język
mail-role-customer = klient
mail-role-representative = przedstawiciel
# Short role names for the staff notice's "Sent by" line.
mail-staff-role-family-friend = członek rodziny lub przyjaciel
mail-staff-role-advocate = niezależna osoba wspierająca (advocate)
mail-staff-role-support-worker = pracownik wsparcia lub opiekun
mail-staff-role-solicitor = prawnik (solicitor)
mail-staff-role-other = inna rola
mail-staff-role-mp = poseł do Parlamentu
mail-staff-role-councillor = radny
mail-staff-role-board-member = członek zarządu
mail-request-format = Inny format
mail-request-language = Inny język
mail-request-adjustment = Dostosowanie

## Acknowledgement (stage 1 or stage 2)

mail-ack-title = Zaczęliśmy rozpatrywać Twoją skargę
mail-ack-stage = To jest etap { $stage } naszej procedury rozpatrywania skarg.
mail-ack-understand = Tak rozumiemy, czego dotyczy Twoja skarga:
mail-ack-outcomes = Tego od nas oczekujesz:
mail-ack-wrong = Jeśli coś źle zrozumieliśmy, daj nam znać jak najszybciej.
mail-ack-answer-by = Wyślemy Ci naszą odpowiedź najpóźniej do dnia: { $date }.
mail-ack-handler = Twoją skargą zajmuje się { $handler }.

## Extension

mail-extension-title = Potrzebujemy więcej czasu na odpowiedź
mail-extension-body = Przepraszamy, ale nie zdążymy odpowiedzieć na Twoją skargę do dnia: { $old }. Odpowiemy najpóźniej do dnia: { $new }.
mail-extension-why = Dlaczego potrzebujemy więcej czasu:
mail-extension-ombudsman = Jeśli nie podoba Ci się, że potrzebujemy więcej czasu, możesz skontaktować się z Rzecznikiem do spraw Mieszkalnictwa (Housing Ombudsman).

## Response

mail-response-title = Nasza odpowiedź na Twoją skargę
mail-response-stage = To jest nasza odpowiedź na etapie { $stage } procedury rozpatrywania skarg.
mail-response-points = Co sprawdziliśmy i co postanowiliśmy
mail-response-decision-upheld = Skarga zasadna: zgadzamy się, że coś poszło nie tak.
mail-response-decision-partly-upheld = Skarga częściowo zasadna: zgadzamy się, że część rzeczy poszła nie tak.
mail-response-decision-not-upheld = Skarga niezasadna: naszym zdaniem nic nie poszło nie tak.
mail-response-reasons = Dlaczego tak postanowiliśmy
mail-response-remedies = Co zrobimy, żeby naprawić sytuację
mail-response-remedy = { $what } (najpóźniej do dnia: { $date })
mail-response-no-remedy = Nie znaleźliśmy niczego, co musimy naprawić.
mail-response-outstanding = Co jeszcze musimy zrobić
mail-response-nothing-outstanding = Nie musimy już nic więcej robić.
mail-escalate-title = Jeśli nasza odpowiedź Cię nie zadowala
mail-escalate-how = Możesz poprosić nas o ponowne rozpatrzenie skargi. To jest etap 2. Odpowiedz na ten e-mail, zadzwoń do nas albo napisz do nas list.
mail-escalate-by = Poproś o to najpóźniej do dnia: { $date }. Jeśli poprosisz później, napisz nam dlaczego. Weźmiemy to pod uwagę.
mail-escalate-no-reasons = Nie musisz podawać powodów. Ale pomoże nam, jeśli napiszesz, co nadal Ci nie odpowiada.
mail-final-body = To jest nasza ostateczna odpowiedź. Jeśli nadal coś Ci nie odpowiada, możesz poprosić Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman) o rozpatrzenie Twojej skargi. To nic nie kosztuje. Rzecznik nie pracuje dla nas.

## Refusal

mail-refusal-title = Nie możemy rozpatrzyć Twojej skargi w ramach naszej procedury rozpatrywania skarg
mail-refusal-stage = Nie możemy rozpatrzyć tej sprawy na etapie { $stage } naszej procedury rozpatrywania skarg.
mail-refusal-why = Dlaczego:
mail-refusal-ombudsman = Jeśli się z tym nie zgadzasz, możesz poprosić Rzecznika do spraw Mieszkalnictwa (Housing Ombudsman), żeby sprawdził naszą decyzję.
