/** Japanese. Typed as `Translation`, so a missing key is a compile error. */
import type { Translation } from './en.js';

const ja: Translation = {
  'Sign In': 'サインイン',
  'Create Account': 'アカウントを作成',
  'Sign in': 'サインイン',
  'Signing in…': 'サインインしています…',
  'Creating Account…': 'アカウントを作成しています…',
  'Sign in to your account': 'アカウントにサインイン',
  'Create a new account': '新しいアカウントを作成',
  'Forgot your password?': 'パスワードをお忘れですか？',
  'Reset Password': 'パスワードをリセット',
  'Send code': 'コードを送信',
  'Sending…': '送信しています…',
  Confirm: '確認',
  'Confirming…': '確認しています…',
  Submit: '送信',
  'Submitting…': '送信しています…',
  'Resend Code': 'コードを再送信',
  'Back to Sign In': 'サインインに戻る',
  'Change Password': 'パスワードを変更',
  'Changing…': '変更しています…',
  Verify: '確認',
  'Verifying…': '確認しています…',
  Skip: 'スキップ',
  'Sign Out': 'サインアウト',
  'Signing out…': 'サインアウトしています…',
  or: 'または',
  'Sign In with Amazon': 'Amazon でサインイン',
  'Sign In with Apple': 'Apple でサインイン',
  'Sign In with Facebook': 'Facebook でサインイン',
  'Sign In with Google': 'Google でサインイン',
  Username: 'ユーザー名',
  Password: 'パスワード',
  'Confirm Password': 'パスワード（確認）',
  Email: 'メールアドレス',
  'Phone Number': '電話番号',
  'Country Code': '国番号',
  'Confirmation Code': '確認コード',
  Code: 'コード',
  'New Password': '新しいパスワード',
  'Show password': 'パスワードを表示',
  Name: '氏名',
  'Given Name': '名',
  'Family Name': '姓',
  'Middle Name': 'ミドルネーム',
  Nickname: 'ニックネーム',
  'Preferred Username': '希望するユーザー名',
  Birthdate: '生年月日',
  Profile: 'プロフィール',
  Website: 'ウェブサイト',
  Address: '住所',
  Gender: '性別',
  Locale: '言語',
  Picture: '写真',
  'Zone Info': 'タイムゾーン',
  'We Emailed You': 'メールを送信しました',
  'We Texted You': 'SMS を送信しました',
  'We Sent A Code': 'コードを送信しました',
  'We emailed a code to {destination}. It may take a minute to arrive.':
    '{destination} にコードを送信しました。届くまで 1 分ほどかかる場合があります。',
  'We texted a code to {destination}. It may take a minute to arrive.':
    '{destination} に SMS でコードを送信しました。届くまで 1 分ほどかかる場合があります。',
  'We sent a code to {destination}. It may take a minute to arrive.':
    '{destination} にコードを送信しました。届くまで 1 分ほどかかる場合があります。',
  'Enter the code we sent you. It may take a minute to arrive.':
    '送信したコードを入力してください。届くまで 1 分ほどかかる場合があります。',
  'We emailed you a link. Follow it to confirm your account, then sign in.':
    'リンクを送信しました。リンクを開いてアカウントを確認してから、サインインしてください。',
  'Confirm SMS Code': 'SMS コードを確認',
  'Confirm TOTP Code': 'TOTP コードを確認',
  'Enter the code from your authenticator app.': '認証アプリに表示されたコードを入力してください。',
  'Choose how to receive your code': 'コードの受け取り方法を選択してください',
  'Text message (SMS)': 'テキストメッセージ（SMS）',
  'Authenticator app (TOTP)': '認証アプリ（TOTP）',
  'Set up your authenticator app': '認証アプリを設定',
  'Scan this QR code with your authenticator app, or enter the setup key.':
    '認証アプリでこの QR コードをスキャンするか、セットアップキーを入力してください。',
  'QR code for your authenticator app': '認証アプリ用の QR コード',
  'Setup key': 'セットアップキー',
  Copy: 'コピー',
  Copied: 'コピーしました',
  'Enter your username and we will send you a code to reset your password.':
    'ユーザー名を入力してください。パスワードをリセットするためのコードをお送りします。',
  'Account recovery requires verified contact information':
    'アカウントを復旧するには、確認済みの連絡先情報が必要です',
  'Choose where to receive a verification code.': '確認コードの送信先を選択してください。',
  'Network error: check your connection and try again':
    'ネットワークエラー：接続を確認して、もう一度お試しください',
  'Configuration error (see console) – please contact the administrator':
    '設定エラー（コンソールを参照）– 管理者にお問い合わせください',
  'Authentication Error': '認証エラー',
  'Email cannot be empty': 'メールアドレスを入力してください',
  'Phone number cannot be empty': '電話番号を入力してください',
  'Incorrect username or password.': 'ユーザー名またはパスワードが正しくありません。',
  'User does not exist.': 'ユーザーが存在しません。',
  'User already exists': 'ユーザーはすでに存在します',
  'An account with the given email already exists.': 'このメールアドレスのアカウントはすでに存在します。',
  'Invalid verification code provided, please try again.':
    '確認コードが正しくありません。もう一度お試しください。',
  'Invalid code provided, please request a code again.':
    'コードが無効です。新しいコードをリクエストしてください。',
  'Attempt limit exceeded, please try after some time.':
    '試行回数の上限を超えました。しばらくしてからもう一度お試しください。',
  'Password attempts exceeded': 'パスワードの試行回数が上限を超えました',
  'User is disabled.': 'このユーザーは無効になっています。',
  'An account with the given phone_number already exists.': 'この電話番号のアカウントはすでに存在します。',
  'Invalid code or auth state for the user.': 'コードまたは認証状態が無効です。',
  'Invalid code received for user': '入力されたコードが正しくありません',
  'Code mismatch': 'コードが一致しません',
  'Code mismatch and fail enable Software Token MFA': 'コードが一致しないため、認証アプリを有効にできませんでした',
  'Your software token has already been used once.': 'このコードはすでに使用されています。',
  'Password reset required for the user': 'パスワードをリセットする必要があります',
  'User is already confirmed.': 'このユーザーはすでに確認済みです。',
  'User is not confirmed.': 'このユーザーはまだ確認されていません。',
  'User cannot be confirmed. Current status is CONFIRMED':
    'このユーザーはすでに確認済みのため、確認できません',
  'Username/client id combination not found.': 'ユーザーが見つかりません。',
  'Custom auth lambda trigger is not configured for the user pool.':
    'このユーザープールにはカスタム認証が設定されていません。',
  'Cannot reset password for the user as there is no registered/verified email or phone_number':
    '確認済みのメールアドレスまたは電話番号がないため、パスワードをリセットできません',
  'User password cannot be reset in the current state.':
    '現在の状態では、このユーザーのパスワードをリセットできません。',
  'Temporary password has expired and must be reset by an administrator.':
    '仮パスワードの有効期限が切れています。管理者にリセットを依頼してください。',
  'Invalid session for the user, session is expired.':
    'セッションの有効期限が切れました。もう一度サインインしてください。',
  'Invalid session for the user.': 'セッションが無効です。もう一度サインインしてください。',
  'Exceeded daily email limit for the operation or the account. If a higher limit is required, please configure your account to use your own email address.':
    '1 日に送信できるメールの上限を超えました。しばらくしてからお試しいただくか、管理者にお問い合わせください。',
  'Invalid phone number format.': '電話番号の形式が正しくありません。',
  'Invalid email address format.': 'メールアドレスの形式が正しくありません。',
  'Username should be either an email or a phone number.':
    'ユーザー名にはメールアドレスまたは電話番号を指定してください。',
  'Password did not conform with policy: Password not long enough':
    'パスワードがポリシーを満たしていません：文字数が足りません',
  'Password did not conform with policy: Password must have uppercase characters':
    'パスワードがポリシーを満たしていません：大文字を含める必要があります',
  'Password did not conform with policy: Password must have lowercase characters':
    'パスワードがポリシーを満たしていません：小文字を含める必要があります',
  'Password did not conform with policy: Password must have numeric characters':
    'パスワードがポリシーを満たしていません：数字を含める必要があります',
  'Password did not conform with policy: Password must have symbol characters':
    'パスワードがポリシーを満たしていません：記号を含める必要があります',
  'Username cannot be empty': 'ユーザー名を入力してください',
  'Password cannot be empty': 'パスワードを入力してください',
  'Confirmation code cannot be empty': '確認コードを入力してください',
  'This field is required': 'この項目は必須です',
  'Enter a valid email': '有効なメールアドレスを入力してください',
  'Enter a valid phone number': '有効な電話番号を入力してください',
  'Password must have at least {count} characters': 'パスワードは {count} 文字以上にしてください',
  'Password must have lower case letters': 'パスワードには小文字を含めてください',
  'Password must have upper case letters': 'パスワードには大文字を含めてください',
  'Password must have numbers': 'パスワードには数字を含めてください',
  'Password must have special characters': 'パスワードには記号を含めてください',
  'Your passwords must match': 'パスワードが一致しません',
  'Choose one of the options': 'いずれかのオプションを選択してください',
  'This account needs a sign-in step that is not supported here. Please contact the administrator.':
    'このアカウントには、ここでは対応していないサインイン手順が必要です。管理者にお問い合わせください。',
  'Something went wrong. Please try again.': '問題が発生しました。もう一度お試しください。',
  'Your password has been changed': 'パスワードを変更しました',
  'Your account is confirmed, please sign in': 'アカウントが確認されました。サインインしてください',
  'Your session has expired, please sign in again': 'セッションの有効期限が切れました。もう一度サインインしてください',
};

export default ja;
