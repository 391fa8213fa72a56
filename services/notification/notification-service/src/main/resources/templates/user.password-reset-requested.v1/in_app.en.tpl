subject: Password reset requested
--- text
Someone asked to reset your password. If it was not you, your password stays as it is; consider turning on two-factor sign-in.
