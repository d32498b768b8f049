"""A photo's address names the photo: two children on one phone, or two staff at one computer, never see one
person's photo as another's. Staff get it as stored and never kept; a child's pages get it small, kept for one sitting."""

from io import BytesIO

from PIL import Image

from tests.conftest import sign_in
from tests.factories import create_child, create_invitation, create_staff
from tests.helpers.staff_pages import save_profile


def photo(colour) -> bytes:
    out = BytesIO()
    Image.new("RGB", (400, 400), colour).save(out, format="PNG")
    return out.getvalue()


def colour_of(response) -> tuple:
    assert response.status_code == 200 and response.mimetype == "image/png"
    assert "no-store" in response.headers["Cache-Control"] and "private" in response.headers["Cache-Control"]
    return Image.open(BytesIO(response.data)).convert("RGB").getpixel((10, 10))


def childs_colour_of(response) -> tuple:
    """The colour of the small photo a child's page shows (lossy, so rounded to pure red, green or blue)."""
    assert response.status_code == 200 and response.mimetype == "image/webp"
    assert response.headers["Cache-Control"] == "private, max-age=3600"
    image = Image.open(BytesIO(response.data)).convert("RGB")
    assert image.size == (96, 96)
    return tuple(255 if channel > 127 else 0 for channel in image.getpixel((10, 10)))


def iro_with_photo(new_browser, name, colour):
    iro = create_staff(name=name)
    staff = new_browser()
    sign_in(staff, iro)
    save_profile(staff, "Hello", photo(colour), filename="me.png")
    return iro


def test_siblings_on_one_phone_each_see_their_own_iros_photo(browser, new_browser):
    amara = iro_with_photo(new_browser, "Amara Okafor", (255, 0, 0))
    ben = iro_with_photo(new_browser, "Ben Carter", (0, 0, 255))
    first, second = create_child(iro=amara, first_name="Mia"), create_child(iro=ben, first_name="Leo")

    browser.get(create_invitation(first))
    amaras = browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert childs_colour_of(browser.client.get(amaras)) == (255, 0, 0)

    browser.get(create_invitation(second))  # the same phone, the same browser
    assert "Ben is your Independent Reviewing Officer" in browser.text()
    bens = browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert bens != amaras, "a different photo has a different address"
    assert childs_colour_of(browser.client.get(bens)) == (0, 0, 255)
    browser.follow("Start now")
    assert browser.page.select_one("img.app-iro__photo")["src"] == bens
    assert browser.client.get(amaras).status_code == 404, "this browser now holds Leo's link, not Mia's"


def test_staff_photo_addresses_follow_the_photo(browser, new_browser):
    iro = create_staff()
    child = create_child(iro=iro)
    sign_in(browser, iro)
    save_profile(browser, "Hello", photo((255, 0, 0)), filename="me.png")
    old = browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert colour_of(browser.client.get(old)) == (255, 0, 0)
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    browser.submit({"respondent": "child"})
    old_letter = browser.page.select_one("img.app-iro-photo")["src"]
    assert colour_of(browser.client.get(old_letter)) == (255, 0, 0)

    save_profile(browser, "Hello", photo((0, 0, 255)), filename="me.png")
    new = browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert new != old and colour_of(browser.client.get(new)) == (0, 0, 255)
    assert browser.client.get(old).status_code == 404
    browser.get(f"/staff/children/{child.id}")
    browser.follow("Print an invitation letter with a code")
    browser.submit({"respondent": "child"})
    new_letter = browser.page.select_one("img.app-iro-photo")["src"]
    assert new_letter != old_letter and colour_of(browser.client.get(new_letter)) == (0, 0, 255)
    assert browser.client.get(old_letter).status_code == 404


def test_two_staff_at_one_computer_each_see_their_own_photo(browser):
    first, second = create_staff(), create_staff()
    sign_in(browser, first)
    save_profile(browser, "Hello", photo((255, 0, 0)), filename="me.png")
    firsts = browser.page.select_one("img.app-iro-intro__photo")["src"]
    browser.follow("Sign out")
    sign_in(browser, second)
    save_profile(browser, "Hello", photo((0, 0, 255)), filename="me.png")
    seconds = browser.page.select_one("img.app-iro-intro__photo")["src"]
    assert seconds != firsts and colour_of(browser.client.get(seconds)) == (0, 0, 255)
    assert browser.client.get(firsts).status_code == 404
