-- wrk script for bench/map.sh: every request asks for another box of the same size (0.045°, about
-- 500 of 10,000 venues) somewhere in 中原区, so no two answers are alike and none comes from the
-- map's answer cache: the cost of building an answer from the database.
math.randomseed(42)

request = function()
  local x = 113.47 + math.random() * 0.15
  local y = 34.70 + math.random() * 0.12
  local path = string.format(
    "/api/v1/public/t/410102/map/collections/venues/items?bbox=%.5f,%.5f,%.5f,%.5f&crs=gcj02&limit=1000",
    x, y, x + 0.045, y + 0.045)
  return wrk.format("GET", path)
end
