-- A name joined by a hyphen to a participle names the body or party before
-- the hyphen (real Reuters sentences of 1987): "IMF-sponsored" is the IMF,
-- "LDP-dominated" the Liberal Democratic Party, "Democratic-controlled"
-- the Democratic Party, each as an adjective (CoNLL's MISC), like
-- "London-based"; not entities of their own.

local id = articles.add{ title = "HYPHENS", published = "1987-04-02",
  body = "WASHINGTON, April 2 - Brazil, which in February declared an interest paymernts moratorium on 67 billion dlrs of commercial bank debt, has flatly ruled out adopting a program of IMF-sponsored economic reforms.\n\nOpposition parties have shown rare unity in joining to fight a proposed five pct sales tax, and are now challenging the LDP-dominated local governments and assemblies.\n\nThe Democratic-controlled committee said the administration's export control policies, which restrict shipment of thousands of products, contributed to the trade deficit." }

local name = dofile("tests/lua/lib/entities.lua").name
local function entity_of(surface) return name(id, surface) end

assert(entity_of("IMF-sponsored") == "IMF", tostring(entity_of("IMF-sponsored")))
assert(entity_of("LDP-dominated") == "Liberal Democratic Party", tostring(entity_of("LDP-dominated")))
assert(entity_of("Democratic-controlled") == "Democratic Party", tostring(entity_of("Democratic-controlled")))
