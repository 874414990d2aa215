local t = setmetatable({}, { __index = function() error("x") end })
pcall(articles.list, t)
pcall(search.query, ("x"):rep(1000))
local ok = pcall(load, "return 1", "x", "b")
local s = "x" for i = 1, 30 do s = s .. s end
