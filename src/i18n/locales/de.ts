/** German. Typed as `Translation`, so a missing key is a compile error. */
import type { Translation } from './en.js';

const de: Translation = {
  'Sign In': 'Anmelden',
  'Create Account': 'Konto erstellen',
  'Sign in': 'Anmelden',
  'Signing in…': 'Anmeldung läuft…',
  'Creating Account…': 'Konto wird erstellt…',
  'Sign in to your account': 'Bei Ihrem Konto anmelden',
  'Create a new account': 'Neues Konto erstellen',
  'Forgot your password?': 'Passwort vergessen?',
  'Reset Password': 'Passwort zurücksetzen',
  'Send code': 'Code senden',
  'Sending…': 'Wird gesendet…',
  Confirm: 'Bestätigen',
  'Confirming…': 'Wird bestätigt…',
  Submit: 'Absenden',
  'Submitting…': 'Wird gesendet…',
  'Resend Code': 'Code erneut senden',
  'Back to Sign In': 'Zurück zur Anmeldung',
  'Change Password': 'Passwort ändern',
  'Changing…': 'Wird geändert…',
  Verify: 'Verifizieren',
  'Verifying…': 'Wird verifiziert…',
  Skip: 'Überspringen',
  'Sign Out': 'Abmelden',
  'Signing out…': 'Abmeldung läuft…',
  or: 'oder',
  'Sign In with Amazon': 'Mit Amazon anmelden',
  'Sign In with Apple': 'Mit Apple anmelden',
  'Sign In with Facebook': 'Mit Facebook anmelden',
  'Sign In with Google': 'Mit Google anmelden',
  Username: 'Benutzername',
  Password: 'Passwort',
  'Confirm Password': 'Passwort bestätigen',
  Email: 'E-Mail',
  'Phone Number': 'Telefonnummer',
  'Country Code': 'Ländervorwahl',
  'Confirmation Code': 'Bestätigungscode',
  Code: 'Code',
  'New Password': 'Neues Passwort',
  'Show password': 'Passwort anzeigen',
  Name: 'Name',
  'Given Name': 'Vorname',
  'Family Name': 'Nachname',
  'Middle Name': 'Zweiter Vorname',
  Nickname: 'Spitzname',
  'Preferred Username': 'Bevorzugter Benutzername',
  Birthdate: 'Geburtsdatum',
  Profile: 'Profil',
  Website: 'Webseite',
  Address: 'Adresse',
  Gender: 'Geschlecht',
  Locale: 'Sprache',
  Picture: 'Bild',
  'Zone Info': 'Zeitzone',
  'We Emailed You': 'Wir haben Ihnen eine E-Mail gesendet',
  'We Texted You': 'Wir haben Ihnen eine SMS gesendet',
  'We Sent A Code': 'Wir haben Ihnen einen Code gesendet',
  'We emailed a code to {destination}. It may take a minute to arrive.':
    'Wir haben einen Code an {destination} gesendet. Es kann eine Minute dauern, bis er ankommt.',
  'We texted a code to {destination}. It may take a minute to arrive.':
    'Wir haben einen Code per SMS an {destination} gesendet. Es kann eine Minute dauern, bis er ankommt.',
  'We sent a code to {destination}. It may take a minute to arrive.':
    'Wir haben einen Code an {destination} gesendet. Es kann eine Minute dauern, bis er ankommt.',
  'Enter the code we sent you. It may take a minute to arrive.':
    'Geben Sie den Code ein, den wir Ihnen gesendet haben. Es kann eine Minute dauern, bis er ankommt.',
  'We emailed you a link. Follow it to confirm your account, then sign in.':
    'Wir haben Ihnen einen Link gesendet. Öffnen Sie ihn, um Ihr Konto zu bestätigen, und melden Sie sich dann an.',
  'Confirm SMS Code': 'SMS-Code bestätigen',
  'Confirm TOTP Code': 'TOTP-Code bestätigen',
  'Enter the code from your authenticator app.': 'Geben Sie den Code aus Ihrer Authentifizierungs-App ein.',
  'Choose how to receive your code': 'Wählen Sie, wie Sie Ihren Code erhalten möchten',
  'Text message (SMS)': 'Textnachricht (SMS)',
  'Authenticator app (TOTP)': 'Authentifizierungs-App (TOTP)',
  'Set up your authenticator app': 'Authentifizierungs-App einrichten',
  'Scan this QR code with your authenticator app, or enter the setup key.':
    'Scannen Sie diesen QR-Code mit Ihrer Authentifizierungs-App oder geben Sie den Einrichtungsschlüssel ein.',
  'QR code for your authenticator app': 'QR-Code für Ihre Authentifizierungs-App',
  'Setup key': 'Einrichtungsschlüssel',
  Copy: 'Kopieren',
  Copied: 'Kopiert',
  'Enter your username and we will send you a code to reset your password.':
    'Geben Sie Ihren Benutzernamen ein. Wir senden Ihnen einen Code, um Ihr Passwort zurückzusetzen.',
  'Account recovery requires verified contact information':
    'Zur Kontowiederherstellung sind verifizierte Kontaktdaten erforderlich',
  'Choose where to receive a verification code.': 'Wählen Sie, wohin wir den Bestätigungscode senden sollen.',
  'Network error: check your connection and try again':
    'Netzwerkfehler: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut',
  'Configuration error (see console) – please contact the administrator':
    'Konfigurationsfehler (siehe Konsole) – bitte wenden Sie sich an den Administrator',
  'Authentication Error': 'Authentifizierungsfehler',
  'Email cannot be empty': 'Die E-Mail-Adresse darf nicht leer sein',
  'Phone number cannot be empty': 'Die Telefonnummer darf nicht leer sein',
  'Incorrect username or password.': 'Falscher Benutzername oder falsches Passwort.',
  'User does not exist.': 'Dieser Benutzer existiert nicht.',
  'User already exists': 'Dieser Benutzer existiert bereits',
  'An account with the given email already exists.': 'Ein Konto mit dieser E-Mail-Adresse existiert bereits.',
  'Invalid verification code provided, please try again.':
    'Ungültiger Bestätigungscode, bitte versuchen Sie es erneut.',
  'Invalid code provided, please request a code again.': 'Ungültiger Code, bitte fordern Sie einen neuen Code an.',
  'Attempt limit exceeded, please try after some time.':
    'Zu viele Versuche, bitte versuchen Sie es später erneut.',
  'Password attempts exceeded': 'Zu viele Passwortversuche',
  'User is disabled.': 'Dieser Benutzer ist deaktiviert.',
  'An account with the given phone_number already exists.': 'Ein Konto mit dieser Telefonnummer existiert bereits.',
  'Invalid code or auth state for the user.': 'Ungültiger Code oder ungültiger Anmeldestatus.',
  'Invalid code received for user': 'Der eingegebene Code ist ungültig',
  'Code mismatch': 'Der Code stimmt nicht überein',
  'Code mismatch and fail enable Software Token MFA':
    'Der Code stimmt nicht überein, die Authentifizierungs-App wurde nicht aktiviert',
  'Your software token has already been used once.': 'Dieser Code wurde bereits verwendet.',
  'Password reset required for the user': 'Sie müssen Ihr Passwort zurücksetzen',
  'User is already confirmed.': 'Dieser Benutzer ist bereits bestätigt.',
  'User is not confirmed.': 'Dieser Benutzer ist noch nicht bestätigt.',
  'User cannot be confirmed. Current status is CONFIRMED':
    'Der Benutzer kann nicht bestätigt werden, da er bereits bestätigt ist',
  'Username/client id combination not found.': 'Dieser Benutzer wurde nicht gefunden.',
  'Custom auth lambda trigger is not configured for the user pool.':
    'Die benutzerdefinierte Authentifizierung ist für diesen Benutzerpool nicht konfiguriert.',
  'Cannot reset password for the user as there is no registered/verified email or phone_number':
    'Das Passwort kann nicht zurückgesetzt werden, da keine bestätigte E-Mail-Adresse oder Telefonnummer hinterlegt ist',
  'User password cannot be reset in the current state.':
    'Das Passwort dieses Benutzers kann im aktuellen Status nicht zurückgesetzt werden.',
  'Temporary password has expired and must be reset by an administrator.':
    'Das temporäre Passwort ist abgelaufen und muss von einem Administrator zurückgesetzt werden.',
  'Invalid session for the user, session is expired.': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  'Invalid session for the user.': 'Ungültige Sitzung. Bitte melden Sie sich erneut an.',
  'Exceeded daily email limit for the operation or the account. If a higher limit is required, please configure your account to use your own email address.':
    'Das tägliche E-Mail-Limit wurde überschritten. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Administrator.',
  'Invalid phone number format.': 'Ungültiges Format der Telefonnummer.',
  'Invalid email address format.': 'Ungültiges Format der E-Mail-Adresse.',
  'Username should be either an email or a phone number.':
    'Der Benutzername muss eine E-Mail-Adresse oder eine Telefonnummer sein.',
  'Password did not conform with policy: Password not long enough':
    'Das Passwort entspricht nicht den Richtlinien: Es ist zu kurz',
  'Password did not conform with policy: Password must have uppercase characters':
    'Das Passwort entspricht nicht den Richtlinien: Es muss Großbuchstaben enthalten',
  'Password did not conform with policy: Password must have lowercase characters':
    'Das Passwort entspricht nicht den Richtlinien: Es muss Kleinbuchstaben enthalten',
  'Password did not conform with policy: Password must have numeric characters':
    'Das Passwort entspricht nicht den Richtlinien: Es muss Zahlen enthalten',
  'Password did not conform with policy: Password must have symbol characters':
    'Das Passwort entspricht nicht den Richtlinien: Es muss Sonderzeichen enthalten',
  'Username cannot be empty': 'Der Benutzername darf nicht leer sein',
  'Password cannot be empty': 'Das Passwort darf nicht leer sein',
  'Confirmation code cannot be empty': 'Der Bestätigungscode darf nicht leer sein',
  'This field is required': 'Dieses Feld ist erforderlich',
  'Enter a valid email': 'Geben Sie eine gültige E-Mail-Adresse ein',
  'Enter a valid phone number': 'Geben Sie eine gültige Telefonnummer ein',
  'Password must have at least {count} characters': 'Das Passwort muss mindestens {count} Zeichen haben',
  'Password must have lower case letters': 'Das Passwort muss Kleinbuchstaben enthalten',
  'Password must have upper case letters': 'Das Passwort muss Großbuchstaben enthalten',
  'Password must have numbers': 'Das Passwort muss Zahlen enthalten',
  'Password must have special characters': 'Das Passwort muss Sonderzeichen enthalten',
  'Your passwords must match': 'Ihre Passwörter müssen übereinstimmen',
  'Choose one of the options': 'Wählen Sie eine der Optionen',
  'This account needs a sign-in step that is not supported here. Please contact the administrator.':
    'Dieses Konto benötigt einen Anmeldeschritt, der hier nicht unterstützt wird. Bitte wenden Sie sich an den Administrator.',
  'Something went wrong. Please try again.': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'Your password has been changed': 'Ihr Passwort wurde geändert',
  'Your account is confirmed, please sign in': 'Ihr Konto ist bestätigt, bitte melden Sie sich an',
  'Your session has expired, please sign in again': 'Ihre Sitzung ist abgelaufen, bitte melden Sie sich erneut an',
};

export default de;
