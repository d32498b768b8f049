"""An IRO's photo and introduction reach their children, cleaned; the version follows the child's age."""

from datetime import date
from io import BytesIO

from PIL import Image

from app.extensions import db
from app.invitations import versions
from app.models import Role
from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.staff_pages import save_profile


def photo_bytes(fmt="JPEG") -> bytes:
    out = BytesIO()
    Image.new("RGB", (800, 600), (200, 100, 50)).save(out, format=fmt)
    return out.getvalue()


def test_iro_photo_and_introduction_are_shown_to_their_child(browser, new_browser):
    iro = create_staff(name="Amara Okafor")
    sign_in(browser, iro)
    save_profile(browser, "<p>Hi, I am <strong>Amara</strong>.</p><script>alert(1)</script><a href='x'>link</a>", photo_bytes())
    assert "Your profile has been saved" in browser.text()

    child_browser = new_browser()
    child_browser.get(create_invitation(create_child(iro=iro)))
    intro = child_browser.page.select_one(".app-rich-text")
    assert intro.decode_contents().strip() == "<p>Hi, I am <strong>Amara</strong>.</p>link"
    assert child_browser.page.find("script", string="alert(1)") is None
    photo = child_browser.page.select_one("img.app-iro-intro__photo")
    assert photo["alt"] == "Photo of Amara"
    response = child_browser.client.get(photo["src"])
    assert response.mimetype == "image/webp", "a child's pages get the photo small, for a phone on a bad signal"
    assert Image.open(BytesIO(response.data)).size == (96, 96)
    assert len(response.data) < 4_000


def test_a_file_that_is_not_an_image_is_refused(browser):
    sign_in(browser, create_staff())
    save_profile(browser, "Hello", b"%PDF-1.4 not an image", filename="cv.pdf")
    assert browser.errors() == ["The photo must be a JPG or PNG image"]


def test_a_long_introduction_is_refused_with_its_limit(browser):
    sign_in(browser, create_staff())
    save_profile(browser, "a" * 1001)
    assert browser.errors() == ["Your introduction must be 1,000 characters or fewer"]


def test_the_photo_is_only_for_a_browser_holding_that_childs_link(browser, new_browser):
    iro = create_staff()
    sign_in(browser, iro)
    save_profile(browser, "Hello", photo_bytes("PNG"), filename="me.png")
    child_browser = new_browser()
    child_browser.get(create_invitation(create_child(iro=iro)))
    address = child_browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert child_browser.client.get(address).status_code == 200
    stranger = browser.client.application.test_client()
    assert stranger.get(address).status_code == 404


def test_the_version_follows_the_childs_age():
    assert versions.for_age(4).ages[0] <= 4 <= versions.for_age(4).ages[1]
    assert versions.for_age(9).id == "child_8_11"
    assert versions.for_age(17).ages[1] >= 17
    assert versions.for_age(2) == versions.for_age(4)


def test_an_iro_can_choose_the_picture_version_for_an_older_child(browser):
    iro = create_staff()
    child = create_child(iro=iro, age=12)
    sign_in(browser, iro)
    browser.get(f"/staff/children/{child.id}")
    youngest = min(versions.CHILD_VERSIONS, key=lambda q: q.ages)
    browser.submit({"version": youngest.id}, form_index=0)
    assert "The version has been changed" in browser.text()
    db.session.expire_all()
    assert versions.for_child(child, date.today()) == youngest
    browser.submit({"version": "not-a-version"}, form_index=0)
    db.session.expire_all()
    assert versions.for_child(child, date.today()) == youngest


def test_managers_may_see_iro_profiles_but_admins_do_not_have_one(browser):
    sign_in(browser, create_staff(role=Role.ADMIN))
    browser.get("/staff/profile", status=403)


def test_a_photo_declaring_too_many_pixels_is_refused_before_it_is_decoded(browser):
    """13,000 by 13,000 pixels (169 million) in a file of a few kilobytes: refused on its header, with a clear error."""
    out = BytesIO()
    Image.new("1", (13000, 13000)).save(out, format="PNG")
    assert len(out.getvalue()) < 100_000
    member = create_staff()
    sign_in(browser, member)
    save_profile(browser, "Hello", out.getvalue(), filename="huge.png")
    assert browser.errors() == ["The photo must be 25 megapixels or smaller, such as 4000 by 3000 pixels"]
    assert browser.page.select_one("#photo-error") is not None
    db.session.refresh(member)
    assert member.photo is None


def test_a_damaged_image_is_refused_as_not_a_photo(browser):
    sign_in(browser, create_staff())
    save_profile(browser, "Hello", photo_bytes("PNG")[:200], filename="broken.png")
    assert browser.errors() == ["The photo must be a JPG or PNG image"]


def test_a_file_over_the_upload_limit_gets_a_page_saying_so(browser):
    sign_in(browser, create_staff())
    browser.get("/staff/profile")
    token = browser.page.find("input", attrs={"name": "csrf_token"})["value"]
    data = {"csrf_token": token, "introduction": "Hello", "photo": (BytesIO(b"\xff" * (6 * 1024 * 1024)), "big.jpg")}
    browser.response = browser.client.post("/staff/profile", data=data, content_type="multipart/form-data")
    browser._read(413)
    assert browser.h1 == "The file is too big"
    assert "it must be 5 MB or smaller" in browser.text()
