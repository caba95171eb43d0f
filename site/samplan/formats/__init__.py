"""Date and number formats per language (FORMAT_MODULE_PATH): dates in the Norwegian form in
every language the site offers."""
