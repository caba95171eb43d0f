"""One person's browser as the app processes see it behind nginx: the public host name and
X-Forwarded-Proto https on every request, cookies kept by hand (they are Secure, and this is
plain HTTP on loopback), CSRF token sent back like the site's forms do."""

import http.client
import json
import re
import uuid
from http.cookies import SimpleCookie

from .stack import HOST

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    def __init__(self, stack, token=None):
        self.stack = stack
        self.cookies = {}
        self.token = token

    def request(self, process, method, path, body=None, headers=None, timeout=60):
        connection = http.client.HTTPConnection("127.0.0.1", self.stack.ports[process], timeout=timeout)
        try:
            connection.request(method, path, body=body, headers={**self.headers(method), **(headers or {})})
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        self.keep_cookies(response.msg.get_all("Set-Cookie") or [])
        return response.status, response, content

    def headers(self, method):
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if method == "POST":
            headers["Referer"] = f"https://{HOST}/"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
        return headers

    def keep_cookies(self, lines):
        for line in lines:
            for name, morsel in SimpleCookie(line).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)

    def sign_in(self, process, username, password="samplan-demo"):  # noqa: S107 - the demo world's password
        _status, _response, page = self.request(process, "GET", "/logg-inn/")
        form = (
            f"csrfmiddlewaretoken={CSRF_FIELD.search(page.decode()).group(1)}&username={username}&password={password}"
        )
        status, response, _ = self.request(
            process, "POST", "/logg-inn/", form, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        return status, response.getheader("Location")

    def upload(self, process, path, filename, content):
        boundary = uuid.uuid4().hex
        body = (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                "Content-Type: application/pdf\r\n\r\n"
            ).encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        return self.request(process, "POST", path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})

    def post_json(self, process, path, data, timeout=60):
        return self.request(process, "POST", path, json.dumps(data), {"Content-Type": "application/json"}, timeout)
