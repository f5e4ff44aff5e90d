"""Drives relgraph's viewer in headless Chromium (Debian's chromium + chromium-driver) through
Selenium, and prints what it saw as JSON for the Swift tests to compare with the CLI.

    python viewer.py SCENARIO URL SCREENSHOT_DIR

Scenarios: `bundled` (search, panel, paths, date on the bundled dataset's page), `hostile` (names
that try to run script), `serve` (the server's page: search, panel, path through the JSON API).
Screenshots of each state go to SCREENSHOT_DIR as test artefacts.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,900", "--lang=en-US", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.binary_location = os.environ.get("RELGRAPH_CHROMIUM", "/usr/bin/chromium")
    service = Service(os.environ.get("RELGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(60)
    return driver


class Session:
    def __init__(self, driver, shots):
        self.d, self.shots, self.seen = driver, shots, {}

    def wait(self, condition, timeout=20):
        return WebDriverWait(self.d, timeout, poll_frequency=0.05).until(lambda d: condition())

    def open(self, url):
        self.d.get(url)
        self.wait(lambda: self.d.execute_script("return document.body.dataset.ready") == "true")

    def shot(self, name):
        self.d.save_screenshot(os.path.join(self.shots, name + ".png"))

    def css(self, selector):
        return self.d.find_elements(By.CSS_SELECTOR, selector)

    def text(self, selector):
        return [e.text for e in self.css(selector)]

    def texts_now(self, selector):
        """The texts of `selector` read in one go (a wait may meet a panel being replaced)."""
        return self.d.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)", selector)

    def search(self, query):
        box = self.d.find_element(By.ID, "search")
        box.clear()
        box.send_keys(query)
        # The list answers this query (a server's answer comes later than the keystrokes).
        self.wait(lambda: self.d.execute_script(
            "const l = document.getElementById('results'); return l.dataset.query === arguments[0] && !l.hidden"
            " && l.querySelector('li[data-id]') !== null", query))
        return box

    def pick(self, query):
        """Searches, takes the first result with Enter, and waits for its panel."""
        box = self.search(query)
        first = self.css("#results li[data-id]")[0].get_attribute("data-id")
        box.send_keys(Keys.ENTER)
        self.wait(lambda: any(f.endswith(f"[{first}]") for f in self.texts_now("#entity .facts")))

    def panel(self):
        return {
            "title": self.text("#entity h2")[0],
            "facts": self.text("#entity .facts")[0],
            "names": self.text("#entity ul.names > li"),
            "relations": [r.find_element(By.CSS_SELECTOR, ".hop").text + "  " + r.find_element(By.CSS_SELECTOR, ".evidence").text
                          for r in self.css("#entity ul.relations > li")],
            "quotes": self.text("#entity .citation q"),
            "sources": self.text("#entity .citation .source"),
            "links": [a.get_attribute("href") for a in self.css("#entity a.link")],
        }

    def paths(self):
        return [line for block in self.css("#path-result .path")
                for line in [block.find_element(By.TAG_NAME, "h4").text] + [li.text for li in block.find_elements(By.CSS_SELECTOR, "li.hop")]]

    def button(self, label):
        for button in self.css("#entity button"):
            if button.text == label:
                button.click()
                return
        raise RuntimeError("no button " + label)

    def find_path(self, source, target):
        """Picks both ends through search and the panel's buttons; waits for the paths."""
        self.pick(source)
        self.button("Path from here")
        self.pick(target)
        self.button("Path to here")
        self.wait(lambda: len(self.css("#path-result .path")) > 0)

    def set_date(self, text):
        field = self.d.find_element(By.ID, "date")
        field.clear()
        field.send_keys(text, Keys.ENTER)


def bundled(s, url):
    s.open(url)
    s.seen["status"] = s.text("#status")[0]
    s.shot("report-1-fit")
    box = s.search("dien bien")
    s.seen["search"] = [e.get_attribute("data-id") for e in s.css("#results li[data-id]")]
    # Keyboard: down, down, up leaves the first result active; Enter picks it.
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP)
    s.seen["active"] = [e.get_attribute("data-id") for e in s.css('#results li[aria-selected="true"]')]
    box.send_keys(Keys.ENTER)
    s.wait(lambda: len(s.css("#entity h2")) > 0)
    s.seen["panel"] = s.panel()
    s.shot("report-2-dien-bien")
    s.find_path("phan van giang", "luang prabang")
    s.seen["path"] = s.paths()
    s.seen["lit"] = s.d.execute_script("return Array.from(window.relgraph.canvas.highlight.edges).map(e => window.relgraph.data.relations[e].id)")
    s.shot("report-3-path")
    k = s.d.find_element(By.ID, "path-k")
    k.clear()
    k.send_keys("3", Keys.TAB)
    s.wait(lambda: len(s.css("#path-result .path")) > 1)
    s.seen["path3"] = s.paths()
    s.set_date("2024-10-22")
    s.wait(lambda: "as of" in s.texts_now("#status")[0])
    s.seen["dated_status"] = s.text("#status")[0]
    s.seen["hidden"] = s.d.execute_script("return window.relgraph.hiddenRelations()")
    s.seen["dated_path3"] = s.paths()
    s.shot("report-4-at-2024-10-22")
    # Pan and zoom by keyboard, then fit again.
    canvas = s.d.find_element(By.ID, "drawing")
    canvas.send_keys("0")
    before = s.d.execute_script("return window.relgraph.canvas.scale")
    canvas.send_keys("+")
    s.seen["zoomed"] = s.d.execute_script("return window.relgraph.canvas.scale") > before
    canvas.send_keys("0")
    s.seen["fitted"] = abs(s.d.execute_script("return window.relgraph.canvas.scale") - before) < 1e-9


def hostile(s, url):
    s.open(url)
    s.search("bo quoc phong")
    s.seen["results"] = s.text("#results li[data-id] .name")
    s.pick("bo quoc phong")
    s.seen["panel"] = s.panel()
    s.seen["attributes"] = s.text("#entity dd")
    s.seen["pwned"] = s.d.execute_script("return window.__pwned === undefined ? null : String(window.__pwned)")
    s.seen["scripts"] = s.d.execute_script("return document.scripts.length")
    s.seen["images"] = s.d.execute_script("return document.images.length")
    s.seen["title"] = s.d.title
    s.shot("report-hostile")


def serve(s, url):
    s.open(url)
    s.shot("serve-1-start")
    s.pick("dien bien")
    s.wait(lambda: len(s.css("#entity ul.relations > li")) > 0)
    s.seen["panel"] = s.panel()
    s.shot("serve-2-dien-bien")
    s.find_path("phan van giang", "luang prabang")
    s.seen["path"] = s.paths()
    s.shot("serve-3-path")


if __name__ == "__main__":
    scenario, url, shots = sys.argv[1:4]
    os.makedirs(shots, exist_ok=True)
    driver = browser()
    session = Session(driver, shots)
    started = time.time()
    try:
        {"bundled": bundled, "hostile": hostile, "serve": serve}[scenario](session, url)
        session.seen["console_errors"] = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    finally:
        driver.quit()
    session.seen["seconds"] = round(time.time() - started, 2)
    print(json.dumps(session.seen, ensure_ascii=False))
