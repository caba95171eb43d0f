"""How a person is named on screen, in the access log, the API and the PDF."""


def display_name(user, nobody=None):
    """Full name, or the username when the account has none; `nobody` when there is no user."""
    if user is None:
        return nobody
    return user.get_full_name() or user.get_username()
