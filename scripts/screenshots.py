#!/usr/bin/env python3
"""Screenshots of the release bundle for people to look at (docs/): the quote page on screen
in Chinese and English, and the quote and the budget request (with its QR code) as Chromium
prints them on A4, each marked as its print button marks it (a PDF, its first page rastered by
poppler's pdftoppm when that is installed; the PDF's page count is printed). Usage: scripts/screenshots.py [out-dir]
Needs dist/ (make dist); uses the WebDriver helpers of measure-browser.py."""
import base64, importlib.util, os, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("measure", os.path.join(HERE, "measure-browser.py"))
measure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(measure)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs")

# Runs in the page: set an input as a person would (the app listens to input/change events).
TYPE = """
const [id, value, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const el = document.querySelector(`[data-testid="${id}"]`);
el.value = value;
el.dispatchEvent(new Event('input', {bubbles: true}));
el.dispatchEvent(new Event('change', {bubbles: true}));
setTimeout(done, 50);
"""
CLICK = """
const [sel, done] = [arguments[0], arguments[arguments.length - 1]];
document.querySelector(sel).click();
setTimeout(done, 100);
"""
# Runs in the page: as TYPE, in the n-th quote (from 1) of the comparison.
TYPE_IN_BID = """
const [n, id, value, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
const el = document.querySelector(`.compare-bid-list > .bid:nth-child(${n}) [data-testid="${id}"]`);
el.value = value;
el.dispatchEvent(new Event('input', {bubbles: true}));
el.dispatchEvent(new Event('change', {bubbles: true}));
setTimeout(done, 50);
"""
MARK = """
const [doc, done] = [arguments[0], arguments[arguments.length - 1]];
if (doc) document.documentElement.setAttribute('data-print', doc);
else document.documentElement.removeAttribute('data-print');
setTimeout(done, 50);
"""


def shot(driver, name, media="screen", width=1280):
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": media}})
    height = driver.run("arguments[arguments.length-1](document.documentElement.scrollHeight)")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride",
             "params": {"width": width, "height": min(height, 4000), "deviceScaleFactor": 1, "mobile": False}})
    time.sleep(0.2)
    png = base64.b64decode(driver.s("GET", "/screenshot"))
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(png)
    print(path)


def shot_of(driver, name, selector, width):
    """From the top of `selector` down (at most 4000 px): a part far down a long page, such as
    a panel under the charts on a phone."""
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride",
             "params": {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}})
    time.sleep(0.3)
    top, height = driver.run(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "arguments[arguments.length-1]([r.top + window.scrollY, r.height])", selector)
    shot_png = driver.s("POST", "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": top, "width": width, "height": min(height, 4000), "scale": 1}}})
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot_png["data"]))
    print(path)


def print_a4(driver, name, landscape=False):
    """The page as Chromium prints it on A4 (default margins; `landscape` as the year's plan
    asks with its `@page`): NAME.png, its first page at 100 dpi, when pdftoppm is installed,
    else NAME.pdf."""
    page = {"width": 29.7, "height": 21.0} if landscape else {"width": 21.0, "height": 29.7}
    pdf = base64.b64decode(driver.s("POST", "/print", {"page": page}))
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    print(f"{name}: {pages} A4 page(s)")
    if not shutil.which("pdftoppm"):
        path = os.path.join(OUT, name + ".pdf")
        with open(path, "wb") as f:
            f.write(pdf)
        print(path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "page.pdf"), "wb") as f:
            f.write(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                        os.path.join(tmp, "page.pdf"), os.path.join(OUT, name)], check=True)
    print(os.path.join(OUT, name + ".png"))


def both_languages(driver, name, landscape=True):
    """A place as it stands: on screen, at a phone's width and its document printed on A4
    (landscape unless told; marked `name` as its print button marks it), then the same in
    English; the screen is left in English."""
    shot(driver, f"screenshot-{name}.png")
    shot(driver, f"screenshot-{name}-phone.png", width=375)
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
    driver.run(MARK, name)
    print_a4(driver, f"screenshot-{name}-print", landscape=landscape)
    driver.run(MARK, "")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "screen"}})
    driver.run(CLICK, "[data-testid=lang-toggle]")
    shot(driver, f"screenshot-{name}-en.png")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
    driver.run(MARK, name)
    print_a4(driver, f"screenshot-{name}-print-en", landscape=landscape)
    driver.run(MARK, "")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "screen"}})


def year(driver):
    """The year's programme: three courses, a cap below them, the proposal, on screen (both
    languages, and at a phone's width) and its plan table printed on A4 landscape."""
    driver.run(CLICK, "[data-testid=tab-year]")
    for _ in range(3):
        driver.run(CLICK, "[data-testid=year-add-row]")
    for field, value in [("year-1-department", "网点服务部"), ("year-1-period", "m5"),
                         ("year-1-people", "60"), ("year-1-priority", "could"),
                         ("year-2-name", "投诉升级与情绪管理（主管）"), ("year-2-audience", "supervisor"),
                         ("year-2-people", "12"), ("year-2-route", "public"), ("year-2-period", "q3"),
                         ("year-2-priority", "must"),
                         ("year-staff", "400"), ("year-cap-input", "45000"),
                         ("year-heading-number", "PX-2027-01"), ("year-heading-company", "贵阳某银行分行"),
                         ("year-heading-year", "2027"), ("year-heading-prepared", "张敏"),
                         ("year-heading-reviewed", "刘强"), ("year-heading-approved", "陈总")]:
        driver.run(TYPE, field, value)
    driver.run(CLICK, "[data-testid=year-fit]")
    both_languages(driver, "year")


def compare(driver):
    """Comparing quotes: three vendors (one far above the market, one without an invoice type),
    the choice and its reason, on screen (both languages, and at a phone's width) and the
    询价比价表 printed on A4 landscape."""
    driver.run(CLICK, "[data-testid=tab-compare]")
    quotes = [("黔行客服培训有限公司", "8800", "special", "50% 预付，结课后付清"),
              ("贵州某管理咨询有限公司", "7900", "ordinary", "结课后 15 日内付款"),
              ("北京某讲师经纪公司", "26000", "", "全款预付")]
    for n, (vendor, total, invoice, terms) in enumerate(quotes, 1):
        driver.run(CLICK, "[data-testid=bid-add]")
        driver.run(TYPE_IN_BID, n, "bid-vendor", vendor)
        driver.run(TYPE_IN_BID, n, "bid-total-input", total)
        driver.run(TYPE_IN_BID, n, "bid-invoice", invoice)
        driver.run(TYPE_IN_BID, n, "bid-valid", "2027-01-31")
    for n, (_, _, _, terms) in enumerate(quotes, 1):
        driver.run(CLICK, f".compare-bid-list > .bid:nth-child({n}) details.bid-more summary")
        driver.run(TYPE_IN_BID, n, f"bid-{n - 1}-payment", terms)
    for field, value in [("compare-heading-number", "XJ-2027-003"),
                         ("compare-heading-item", "窗口服务人员投诉处理培训"),
                         ("compare-heading-handled", "张敏"), ("compare-heading-reviewed", "刘强"),
                         ("compare-heading-approved", "陈总")]:
        driver.run(TYPE, field, value)
    both_languages(driver, "compare")


def worth(driver):
    """Is it worth it: the panel on the default option with a manager's figures (a belief past
    the anchor, so its note shows), on screen, at a phone's width, and its measurement plan
    printed on A4 portrait, in both languages."""
    # The longest plan to measure: all ten modules.
    driver.run(CLICK, "[data-testid=tab-plan]")
    driver.run(CLICK, "[data-testid=preset-full-programme]")
    driver.run(CLICK, "[data-testid=tab-estimate]")
    driver.run(CLICK, "[data-testid=roi-open]")
    for field, value in [("roi-complaints", "120"), ("roi-escalated", "15"), ("roi-regulator", "24"),
                         ("roi-customer-value", "3000"), ("roi-leave", "30"),
                         ("roi-change-high", "20"), ("roi-attribution", "60"), ("roi-confidence", "70")]:
        driver.run(TYPE, field, value)
    shot_of(driver, "screenshot-worth-panel-phone.png", ".worth", 375)
    both_languages(driver, "worth", landscape=False)
    shot_of(driver, "screenshot-worth-panel-phone-en.png", ".worth", 375)
    shot_of(driver, "screenshot-worth-panel-en.png", ".worth", 1280)
    # The budget request then carries the break-even as one line.
    driver.run(CLICK, "[data-testid=tab-quote]")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
    driver.run(MARK, "summary")
    print_a4(driver, "screenshot-request-worth-print-en")
    driver.run(MARK, "")
    driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "screen"}})


def main():
    url, server = measure.serve(os.path.join(HERE, "..", "dist"))
    driver = measure.Driver()
    try:
        driver.s("POST", "/url", {"url": url + "quote"})
        for field, value in [("card-vendor", "黔行客服培训有限公司"), ("card-contact", "王老师"),
                             ("card-phone", "0851-8888 6666"),
                             ("quote-client-input", "贵阳市某区政务服务中心"),
                             ("quote-client-person", "李主任"), ("quote-client-phone", "0851-8555 1234"),
                             ("quote-remarks-input", "培训日期待双方确认。")]:
            driver.run(TYPE, field, value)
        driver.run(CLICK, "[data-testid=quote-issue]")
        shot(driver, "screenshot-quote.png")
        driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
        driver.run(MARK, "quote")
        print_a4(driver, "screenshot-quote-print")
        for field, value in [("budget-department", "客户服务部"), ("budget-number", "YS-2026-011"),
                             ("budget-prepared", "张敏"), ("budget-reviewed", "刘强"),
                             ("budget-approved", "陈主任")]:
            driver.run(TYPE, field, value)
        driver.run(CLICK, "[data-testid=budget-request] [data-testid=show-qr]")
        driver.wait("return !!document.querySelector('[data-testid=budget-request] [data-testid=qr] svg')")
        driver.run(MARK, "summary")
        print_a4(driver, "screenshot-request-print")
        driver.s("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "screen"}})
        driver.run(MARK, "")
        driver.run(CLICK, "[data-testid=lang-toggle]")
        shot(driver, "screenshot-quote-en.png")
        driver.run(CLICK, "[data-testid=lang-toggle]")
        year(driver)
        driver.run(CLICK, "[data-testid=lang-toggle]")
        compare(driver)
        driver.run(CLICK, "[data-testid=lang-toggle]")
        worth(driver)
    finally:
        driver.quit()
        server.terminate()


if __name__ == "__main__":
    main()
