--- text
QH: someone asked to reset your password. If it was not you, ignore this; your password stays as it is.
