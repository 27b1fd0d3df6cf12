# The back office. English only for now: a landlord can add a language by translating this file. Plain
# words, as on the public site.

staff-service-name = Talk to Us staff
staff-signed-in-as = Signed in as { $name }
staff-sign-out = Sign out
staff-signs-out-at = For your security, we will sign you out at { $time } if you do nothing before then.

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
