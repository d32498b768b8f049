"""gunicorn's settings for `make serve` (docs/deployment.md): the address from HOST and PORT, workers from the cores
(or WEB_CONCURRENCY), and the access log on standard output, where the app hides secret links (app/log_privacy.py)."""

from app.config import INSTANCE
from app.serving import settings

wsgi_app = "wsgi:app"
bind = settings.bind()
workers = settings.web_workers()
accesslog = "-"
errorlog = "-"
# A request still running this long after a stop is cut off (supervisord waits 35 s before it kills).
graceful_timeout = 30
# gunicorn's control socket beside supervisord's (instance/serve/), not one in $HOME that every server there shares.
control_socket = str(INSTANCE / "serve" / "gunicorn.ctl")
