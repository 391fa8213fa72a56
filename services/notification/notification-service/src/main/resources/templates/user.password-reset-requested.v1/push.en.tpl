subject: Password reset requested
--- text
Someone asked to reset your QH password. If it was not you, your password stays as it is.
