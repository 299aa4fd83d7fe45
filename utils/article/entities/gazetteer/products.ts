// Products and named groups, folded like nameKey().
import { keys, words } from './set';

/** Well-known product names and product families. */
export const PRODUCTS = keys(`
windows|office|outlook|exchange|teams|azure|bing|copilot|xbox|android|chrome|chromebook|gmail|youtube|
iphone|ipad|mac|macbook|imac|ios|ipados|macos|watchos|airpods|siri|icloud|safari|firefox|thunderbird|
linux|ubuntu|chatgpt|gpt|gemini|claude|llama|playstation|switch|galaxy|pixel|kindle|alexa|echo|whatsapp|
instagram|messenger|signal|telegram|slack|zoom|photoshop|word|excel|powerpoint|onedrive|dropbox|snapchat|
tumblr|reddit|discord|twitch|netflix|disney+|hulu|prime video|apple tv|spotify|uber eats|tinder|wechat|
weibo|dreamliner|airbus a380|a380|a350|737 max|model 3|model s|model y|cybertruck|vision pro|apple watch|
surface|kinect|wii|game boy|minecraft|fortnite|pokemon|bitcoin|ethereum|
snapdragon|dimensity|exynos`);

/**
 * Products named by an ordinary word ("Signal", "Word", "Switch", "Echo"), each with its maker when it has one:
 * a product only where the text says so (see product-context.ts); German capitalises the common noun too ("das
 * Signal der Ampel").
 */
export const WORD_PRODUCTS: ReadonlyMap<string, string> = new Map(
  `windows:microsoft office:microsoft outlook:microsoft exchange:microsoft teams:microsoft edge:microsoft
  surface:microsoft word:microsoft echo:amazon kindle:amazon switch:nintendo pixel:google gemini:google
  galaxy:samsung safari:apple mac:apple llama:meta messenger:facebook signal: zoom: slack:`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Last words of product names: "Vision Pro", "iPhone 15 Pro Max", "Galaxy Ultra", "MacBook Air". */
export const PRODUCT_WORDS = words(
  `pro max plus ultra mini air lite edition phone tablet watch console app os`,
);

/** Threat-actor and hacker-group names that carry no tell-tale pattern. */
export const GROUPS = keys(`
lazarus|lazarus group|fancy bear|cozy bear|sandworm|nobelium|lapsus$|lapsus|lockbit|revil|conti|
darkside|cl0p|clop|anonymous|killnet|equation group|shadow brokers|scattered spider|turla|kimsuky`);

/** Last words of Microsoft-style threat-actor names ("Midnight Blizzard", "Volt Typhoon", "Fancy Bear"). */
export const GROUP_WORDS = words(
  `bear panda kitten chollima spider typhoon blizzard sleet sandstorm tempest hail gang crew`,
);
