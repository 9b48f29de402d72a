-- wrk script for bench/venues.sh: every request says Cache-Control: no-cache (as a browser's
-- forced reload does), so the answer is read from the database and written anew each time
-- instead of coming from the module's kept answers: the cost of building one.
wrk.headers["Cache-Control"] = "no-cache"
