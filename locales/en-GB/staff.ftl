# The back office. English only for now: a landlord can add a language by translating this file. Plain
# words, as on the public site.

staff-service-name = Talk to Us staff
staff-signed-in-as = Signed in as { $name }
staff-sign-out = Sign out
staff-signs-out-at = For your security, we will sign you out at { $time } if you do nothing before then.
staff-stay-signed-in = Stay signed in
staff-timeout-title = You are about to be signed out
staff-timeout-text = For your security, we will sign you out at { $time }. Anything you have not saved will be lost.

## Signing in

staff-sign-in-title = Sign in
staff-email-label = Email address
staff-password-label = Password
staff-sign-in-button = Sign in
staff-sign-in-refused = The email address or password is not right. Check them and try again.
staff-sign-in-help = If you cannot sign in, ask an administrator to send you a new link to set your password.
staff-signed-out = You have signed out.
staff-password-was-set = Your password is set. You can now sign in.
staff-session-ended = You were signed out. Sign in again to carry on.

## Setting a password

staff-password-title = Create a password
staff-password-for = This is the password for { $name } ({ $email }).
staff-new-password-label = New password
staff-new-password-hint = Use at least 8 characters. A few words that mean something only to you work well. You can use any letters, numbers, spaces or symbols.
staff-password-again-label = Type the password again
staff-password-button = Save password
staff-change-password-link = Change your password
staff-change-password-title = Change your password
staff-current-password-label = Your current password
staff-password-error-current = Your current password is not right
staff-password-changed = Your password is changed. You have been signed out everywhere else.
staff-password-error-empty = Enter a password
staff-password-error-too-short = Use at least 8 characters
staff-password-error-too-long = Use 256 characters or fewer
staff-password-error-common = This password is one of the most common. Choose one that is harder to guess.
staff-password-error-name = This password has your name in it. Choose one that is harder to guess.
staff-password-error-email = This password has your email address in it. Choose one that is harder to guess.
staff-password-error-service = This password has the name of this service or of the landlord in it. Choose one that is harder to guess.
staff-password-error-guessable = This password would be easy to guess. Add another word or two that mean something only to you.
staff-password-error-mismatch = The two passwords are not the same. Type them again.

## Links that cannot be used

staff-link-expired-title = This link has expired
staff-link-expired = A link to set a password works for 24 hours.
staff-link-spent-title = This link has already been used
staff-link-spent = A link to set a password works only once. A newer link also replaces an older one.
staff-link-unknown-title = This link is not right
staff-link-unknown = Check that you copied the whole link.
staff-link-ask = Ask an administrator to send you a new link.

## Home

staff-home-title = Your account
staff-home-who = You are signed in as { $name } ({ $email }).
staff-home-roles = Your roles
staff-role-complaints-officer = Complaints officer: sees and assigns every case
staff-role-handler = Handler: works the cases given to them, and can read others
staff-role-manager = Manager: can take a complaint at stage 2
staff-role-member-responsible = Member responsible for complaints: can read every case and report
staff-role-administrator = Administrator: manages staff accounts and settings

## The second step of signing in

staff-code-label = Code
staff-code-hint = The 6-digit code from your authenticator app. If you do not have your phone, you can use one of your recovery codes instead.
staff-code-button = Continue
staff-code-error-malformed = Enter the 6 numbers from your authenticator app, or a recovery code
staff-code-error-wrong = This code is not right. Check your app and type the newest code.
staff-code-error-reused = This code has just been used. Wait for the next code in your app and type that.
staff-second-factor-title = Enter the code from your app
staff-second-factor-lost = If you have lost your phone and your recovery codes, ask an administrator to reset your two-factor sign-in.

## Setting up an authenticator

staff-enrol-title = Set up your authenticator app
staff-enrol-intro = Every time you sign in, you will need your password and a code from an app on your phone. This keeps cases safe if someone learns your password.
staff-enrol-step-app = Open an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or FreeOTP.
staff-enrol-step-scan = Add an account in the app and scan this QR code.
staff-enrol-qr-label = QR code for your authenticator app
staff-enrol-step-type = If you cannot scan it, type this key into the app instead. The spaces do not matter.
staff-enrol-step-code = Type the 6-digit code the app now shows.
staff-enrol-code-hint = The 6 numbers from your app.
staff-enrol-button = Finish setting up
staff-enrolled = Your authenticator app is set up.
staff-continue = Continue

## Recovery codes

staff-recovery-title = Save your recovery codes
staff-recovery-intro = If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each code works once.
staff-recovery-once = Write them down or print this page, and keep them somewhere safe. We will not show them again.
staff-recovery-used-title = You used a recovery code
staff-recovery-left = { $left ->
        [0] You have no recovery codes left.
        [one] You have 1 recovery code left.
       *[other] You have { $left } recovery codes left.
    }
staff-recovery-used-advice = If you have lost your phone, ask an administrator to reset your two-factor sign-in, then set up your app again. You will get new recovery codes.

## Too many tries

staff-locked-title = Too many tries
staff-locked = To keep the account safe, you cannot try to sign in again until { $time }.
staff-locked-help = If you have forgotten your password, ask an administrator to send you a new link. If you did not try to sign in, tell an administrator, as someone else may be trying.

## Sessions

staff-home-security = Your security
staff-sessions-link = Where you are signed in
staff-sessions-title = Where you are signed in
staff-sessions-intro = These are the browsers where you are signed in now. If you see one you do not know, end it, and ask an administrator to send you a new link to set your password.
staff-sessions-caption = Your sessions
staff-sessions-started = Signed in
staff-sessions-last-seen = Last used
staff-sessions-address = Internet address
staff-sessions-action = Action
staff-sessions-this-one = This browser
staff-sessions-end = End
staff-sessions-end-which = the session that signed in at { $started }
staff-sessions-end-others = Sign out everywhere else
staff-sessions-ended = { $count ->
        [one] 1 session ended.
       *[other] { $count } sessions ended.
    }

## Staff accounts (administrators)

staff-people-link = Staff accounts
staff-people-title = Staff accounts
staff-people-caption = Everyone who can sign in, or has been invited
staff-people-invite = Invite someone
staff-people-name = Name
staff-people-email = Email address
staff-people-roles = Roles
staff-people-state = State
staff-people-back = Back to staff accounts
staff-state-invited = Invited
staff-state-active = Active
staff-state-disabled = Disabled
staff-role-name-complaints-officer = Complaints officer
staff-role-name-handler = Handler
staff-role-name-manager = Manager
staff-role-name-member-responsible = Member responsible for complaints
staff-role-name-administrator = Administrator
staff-invite-title = Invite someone
staff-invite-name = Their full name
staff-invite-roles = Roles
staff-invite-roles-hint = Choose at least one.
staff-invite-button = Invite
staff-invite-error-email = Enter their email address, like name@example.org
staff-invite-error-name = Enter their name
staff-invite-error-name-long = Their name can have at most 100 characters
staff-invite-error-roles = Choose at least one role
staff-invite-error-taken = There is already an account with this email address
staff-link-made = { $name } can now set a password.
staff-link-made-title = Send them this link
staff-link-made-how = Send this link to them yourself, by a safe route. It works once, until { $until }. We will not show it again.
staff-person-save-roles = Save roles
staff-person-access = Signing in
staff-person-new-link = Make a new link to set a password
staff-person-new-link-hint = This also signs them out everywhere. Use it if they forgot their password.
staff-person-reset-two-factor = Reset two-factor sign-in
staff-person-sign-out = Sign them out everywhere
staff-person-signed-out = They have been signed out everywhere.
staff-person-disable = Disable account
staff-person-enable = Enable account
staff-person-roles-saved = Their roles are saved.
staff-person-disabled = The account is disabled. They have been signed out everywhere.
staff-person-enabled = The account is enabled.
staff-person-two-factor-reset = Two-factor sign-in is reset. They will set up their app again when they next sign in.
staff-person-error-last-administrator = This is the last active administrator. Make someone else an administrator first.
staff-person-error-already-disabled = This account is already disabled.
staff-person-error-not-disabled = This account is not disabled.
staff-person-error-link-disabled = This account is disabled. Enable it first.
