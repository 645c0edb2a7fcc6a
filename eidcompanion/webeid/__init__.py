"""Web eID: the authentication token and signatures a login page asks for, and their validation
by the page's server (the relying party)."""
