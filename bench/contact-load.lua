-- wrk script for bench/contact-load: POSTs the full contact form, each request with its own
-- address (load-<thread>-<n>@load.example), until this thread has its share of REQUESTS answers.
-- Counts per thread: acknowledged (303 to "bedankt"), server errors (5xx), anything else.
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    token = os.getenv("FORM_TOKEN")
    origin = os.getenv("ORIGIN")
    share = math.ceil(tonumber(os.getenv("REQUESTS") or "2000") / tonumber(os.getenv("THREADS") or "2"))
    sent, acked, server_errors, other = 0, 0, 0, 0
end

function request()
    sent = sent + 1
    local who = wrk.thread:get("id") .. "-" .. sent
    local body = "formulier=volledig&bron=%2Fcontact&privacyversie=2026-11-23&website="
        .. "&form-token=" .. token
        .. "&naam=Belasting+" .. who
        .. "&email=load-" .. who .. "%40load.example"
        .. "&organisatie=Bench&onderwerp=&bericht=Een+vraag+uit+de+belastingtest.&toestemming=ja"
    return wrk.format("POST", nil, {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Origin"] = origin,
    }, body)
end

function response(status, headers, body)
    if status == 303 then
        acked = acked + 1
    elseif status >= 500 then
        server_errors = server_errors + 1
    else
        other = other + 1
    end
    if acked + server_errors + other >= share then
        wrk.thread:stop()
    end
end

function done(summary, latency, requests)
    local a, e, o, s = 0, 0, 0, 0
    for _, thread in ipairs(threads) do
        a = a + thread:get("acked")
        e = e + thread:get("server_errors")
        o = o + thread:get("other")
        s = s + thread:get("sent")
    end
    io.write(string.format("RESULT sent=%d acknowledged=%d server_errors=%d other=%d\n", s, a, e, o))
end
