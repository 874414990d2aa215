-- A capital is the city itself on a way home, on a bearing, in brackets
-- after a branch, in a market's session and before its own markets (real
-- Reuters sentences of 1987); a trip to it, ties between capitals and a
-- possessive before an act stay its country's government.

local shown = dofile("tests/lua/lib/entities.lua").mention

local function first(text, surface)
  local id = articles.add{ title = "CITY", published = "1987-04-06", body = text }
  return shown(id, surface)
end

local cases = {
  { "The Law Debenture official said Murison will begin talks with Nigeria as soon as they return to London.",
    "London", "London/place" },
  { "The tremor was felt as far away as Yokohama, south of Tokyo, and Hamamatsu on the Pacific coast.",
    "Tokyo", "Tokyo/place" },
  { "Relevant measures are likely to be announced at the next U.S.-Japan yen-dollar committee meeting on the deregulation of Tokyo's financial market, expected in May, they said.",
    "Tokyo", "Tokyo/place" },
  { "The key U.S. 7-1/2 pct Treasury bond due 2016 was 95.26-28 in late Tokyo trade against the 96.04-06 New York finish.",
    "Tokyo", "Tokyo/place" },
  { "The agreement signed last Saturday in Hong Kong with a syndicate of eight Indian and foreign banks including State Bank of India (London), Bankers Trust Co (Hong Kong) and Grindlays Bank Plc fixes the draw-down period at 68 months.",
    "London", "London/place" },
  { "Abe said he was convinced \"Congress and the administration had the same view that the relationship between Tokyo and Washington should not be undermined.\"",
    "Tokyo", "Japan/country" },
  { "Baldrige warned of possible protectionist retaliation if Seoul's market liberalisation efforts falter or fail.",
    "Seoul", "South Korea/country" },
  { "Shultz is due to fly to Moscow next week.",
    "Moscow", "Soviet Union/country" },
  { "Leahy said the Reagan administration's plan to raise tariffs on a variety of Japanese imports in retaliation against Tokyo's violation of a bilateral semiconducter pact was \"long overdue.\"",
    "Tokyo", "Japan/country" },
}
for i, c in ipairs(cases) do
  local got = first(c[1], c[2])
  assert(got == c[3], string.format("case %d: %s -> %s, not %s", i, c[2], tostring(got), c[3]))
end
