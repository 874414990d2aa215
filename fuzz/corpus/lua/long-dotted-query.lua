local t = setmetatable({}, { __index = function() error("x") end })
pcall(articles.list, t)
pcall(search.query, ("drticles.cg"):rep(8317))
local ok = pcall(load, "return 1", "x", "b")
local s = "x" for i = 1, 87 do s = s .. s end
