subject: Welcome to QH
--- text
Start with your career profile: every resume, letter and match is made from it.
