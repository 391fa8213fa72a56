-- Signing keys and TOTP secrets are encrypted at rest (the starter's FieldEncryptor). Values written before this
-- migration stay readable as they are (plain Base64 / plain secret) and are encrypted when rewritten.
alter table signing_key alter column private_key type text using encode(private_key, 'base64');
alter table user_account alter column totp_secret type text;
