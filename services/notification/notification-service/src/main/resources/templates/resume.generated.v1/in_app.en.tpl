subject: Your resume “{{title}}” is ready
--- text
The {{format}} file is saved in your documents as version {{documentVersion}}: download it or share a link.
