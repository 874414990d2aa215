-- examples/actions_last_month.lua counts a statement when it was made:
-- "Poindexter will say he had direction and authority" (real Reuters
-- snippet of 1987, outside the events dev set) is no statement of his
-- yet, while "Abshire said Reagan would never approve" is one.

articles.add{ title = "PAPER SAYS POINDEXTER MAY LINK REAGAN TO FUNDS", published = "1987-03-09",
  body = "WASHINGTON, March 9 - President Reagan's denial that he knew proceeds from Iran arms sales were diverted to Nicaraguan contra rebels might be challenged by his former national security adviser, according to the Washington Post.\n\nThe paper said yesterday that John Poindexter, who resigned last November when the illegal transfer of up to 20 mln dlrs was disclosed, was ready to break the silence he has so far maintained over the affair.\n\nThe Post said he might tell a special Senate committee investigating the Iran scandal that he told Reagan twice in 1986 that money from Iran sales was being used for aid to the contras.\n\nIt said the panel was considering granting Poindexter immunity from prosecution over the fund diversion, which was illegal under a Congressional ban in force at the time against aid for the contras.\n\nPoindexter has so far invoked the Fifth Amendment to the Constitution which protects people from giving evidence which could be self-incriminating.\n\nReagan has said he authorized the sale of arms to Iran in the hope of establishing links with Iranian moderates, but has denied knowing that proceeds were ending up in Nicaraguan rebel hands.\n\nA White House spokesman had no comment on the Post story, but David Abshire, who is coordinating White House handling of the affair, said Reagan would never approve any illegal action.\n\nAbshire, on the CBS television show \"Face the Nation,\" did not comment directly on the Post story, but said: \"He (Reagan) is deeply honest, he is deeply dedicated, he tells the truth and when he says he has no knowledge, he has no knowledge.\"\n\nThe Post quoted a source close to Reagan as saying the White House expected Poindexter \"will say he had direction and authority, directly or indirectly,\" from the president for the diversion of funds.\n\nThe paper said the former security adviser's testimony could damage the president's claim he was unaware of the funds diversion.\n\nIt quoted a legal source as saying Poindexter and his lawyers planned to contend that twice in 1986 he told Reagan that the arms sales were generating money for the \"contras.\"\n\nThe paper quoted the source as saying Poindexter did not tell Reagan there was an illegal diversion of funds, but that help for the contras was \"an ancillary benefit\" of the sales.\n\nThe Post's sources also said the Senate committee could grant immunity from prosecution this month to Oliver North, who was fired from the National Security Council on the same day that Poindexter resigned." }
dossier.asof("1987-03-31")

local run = dofile("tests/lua/lib/actions.lua").report

-- the heading counts the statements made: Abshire's and Reagan's, not
-- the one Poindexter will make (one summary row shows: no more rows of
-- statements than acts)
local heading = run("--width", "0"):match("^[^\n]*")
assert(heading:find("plain statements by 2 actors", 1, true), heading)
local csv = run("--format", "csv", "--top", "0")
assert(csv:find("David Abshire,%d plain statement"), "Abshire's statements are summarised")
assert(not csv:find("John Poindexter,", 1, true), "a statement he will make is none yet")
