"""Times a relgraph report page in headless Chromium: load to first canvas paint, a search typed
into the box, a path and a date change; prints JSON. Not a test (no timing is asserted anywhere).

    python measure_report.py file:///path/report.html "search words" [runs]
"""
import json
import statistics
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 3)[0] + "/Tests/Browser")
from viewer import browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

url, query = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
driver = browser()
results = []
try:
    for _ in range(runs):
        driver.get("about:blank")
        started = time.time()
        driver.get(url)
        WebDriverWait(driver, 120, 0.02).until(lambda d: d.execute_script(
            "return performance.getEntriesByName('relgraph:first-paint').length > 0"))
        wall = time.time() - started
        timing = driver.execute_script("""
            const paint = performance.getEntriesByName('relgraph:first-paint')[0].startTime;
            const fcp = (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime;
            const app = window.relgraph;
            let t = performance.now(); const found = app.search(arguments[0], 20); const search = performance.now() - t;
            const a = 0, b = app.data.entities.length - 1;
            t = performance.now(); const paths = app.graph.kShortest(a, b, 1); const path = performance.now() - t;
            t = performance.now(); app.graph.setDate({first: 20241022, last: 20241022, text: '2024-10-22'}); app.canvas.paint(); app.canvas.ctx.getImageData(0, 0, 1, 1); const date = performance.now() - t;
            t = performance.now(); app.canvas.zoom(1.5); app.canvas.paint(); app.canvas.ctx.getImageData(0, 0, 1, 1); const redraw = performance.now() - t;
            return {first_paint_ms: paint, first_contentful_paint_ms: fcp, search_ms: search, search_hits: found.length,
                    path_ms: path, path_hops: paths.length ? paths[0].edges.length : null, date_ms: date, redraw_ms: redraw,
                    entities: app.data.entities.length, relations: app.data.relations.length};
        """, query)
        # One frame of panning: the moved picture, not a redraw (see RG.Canvas.moved).
        timing["pan_frame_ms"] = driver.execute_async_script("""
            const done = arguments[arguments.length - 1], c = window.relgraph.canvas;
            const t = performance.now(); c.pan(40, 0);
            requestAnimationFrame(() => { c.ctx.getImageData(0, 0, 1, 1); done(performance.now() - t); });
        """)
        # A full redraw, forced to the pixels.
        timing["full_redraw_ms"] = driver.execute_script("""
            const c = window.relgraph.canvas, t = performance.now(); c.paint(); c.ctx.getImageData(0, 0, 1, 1);
            return performance.now() - t;
        """)
        box = driver.find_element(By.ID, "search")
        t = time.time()
        box.send_keys(query)
        WebDriverWait(driver, 30, 0.01).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results li[data-id]"))
        timing["typed_search_to_results_s"] = round(time.time() - t, 3)
        timing["wall_load_s"] = round(wall, 3)
        results.append(timing)
finally:
    driver.quit()
summary = {key: statistics.median(r[key] for r in results) for key in results[0] if isinstance(results[0][key], (int, float))}
print(json.dumps({"runs": results, "median": summary}, indent=1))
