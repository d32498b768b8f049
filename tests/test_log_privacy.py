"""Secret links never reach a log: the access log masks a child's link token and staff invitation and reset links."""

import logging
import threading
from http.client import HTTPConnection

from werkzeug.serving import make_server

from tests.factories import create_child, create_invitation, create_staff


def test_the_development_servers_access_log_hides_a_childs_link(app, caplog):
    link = create_invitation(create_child(iro=create_staff()))
    token = link.removeprefix("/c/")
    logging.getLogger("werkzeug").disabled = False  # the migrations' logging set-up, run by another test, disables it
    server = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    try:
        with caplog.at_level(logging.INFO, logger="werkzeug"):
            connection = HTTPConnection("127.0.0.1", server.server_port)
            connection.request("GET", link)
            assert connection.getresponse().status == 302
            connection.close()
    finally:
        server.shutdown()
        thread.join()
    logged = caplog.text
    assert "/c/[hidden] HTTP/1.1" in logged
    assert token not in logged


def test_gunicorns_access_log_hides_staff_invitation_and_reset_links(app, caplog):
    with caplog.at_level(logging.INFO, logger="gunicorn.access"):
        logging.getLogger("gunicorn.access").info(
            '%(h)s "%(r)s" %(s)s', {"h": "10.0.0.1", "r": "GET /staff/set-up/SECRETinvite HTTP/1.1", "s": "200"}
        )
        logging.getLogger("gunicorn.access").info('"%s"', "GET /staff/reset-password/SECRETreset?x=1 HTTP/1.1")
    assert "SECRET" not in caplog.text
    assert "/staff/set-up/[hidden]" in caplog.text and "/staff/reset-password/[hidden]?x=1" in caplog.text
