-- Newspapers and news agencies quoted by name alone are organisations, not
-- persons ("..., Pravda said."). A real Reuters story of 1987.

local name = dofile("tests/lua/lib/entities.lua").mention

local pravda = articles.add{ title = "SOVIET GRAIN PRODUCTS MINISTRY CRITICISED", published = "1987-04-07",
  body = "MOSCOW, April 7 - The Soviet Communist Party has criticised the country's Grain Products Ministry for failing to ensure proper grain storage, turning out poor quality bread and for unsatisfactory book keeping, Pravda said.\n\nThe party daily said that losses in the industry owing to waste and theft amounted to 7.3 mln roubles over the last two and a half years." }

assert(name(pravda, "Pravda") == "Pravda/organization", tostring(name(pravda, "Pravda")))
