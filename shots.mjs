import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/tools/find-browser.mjs';
const b = await chromium.launch(chromiumLaunchOptions());
for (const [name, url, vp, scroll] of [
  ['plain-phone', 'plain.html', {width:390,height:844}, 150],
  ['plain-desktop', 'plain.html', {width:1280,height:800}, 100],
  ['loader-desktop', 'loader.html', {width:1280,height:800}, 2600],
  ['loader-phone', 'loader.html', {width:390,height:844}, 3000],
  ['element-desktop', 'element.html', {width:1280,height:800}, 4000],
  ['pymtrack-phone', 'pym.html?trackscroll', {width:390,height:844}, 2500],
]) {
  const p = await b.newPage({ viewport: vp });
  await p.goto('http://127.0.0.1:4175/' + url);
  await p.waitForTimeout(800);
  await p.evaluate((y) => scrollTo(0, y), scroll);
  await p.waitForTimeout(700);
  await p.screenshot({ path: `screenshots/embed-${name}.png` });
  await p.close();
}
await b.close();
