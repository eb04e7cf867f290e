-- wrk script of `make bench`: POSTs one JSON body, in which the first "@@N@@" (if any) is replaced by a
-- request number of its own for every request, starting at a given number.
-- Arguments (after --): body file, first request number, then "Name: value" headers.
-- done() prints one line that the benchmark reads: BENCH key=value ...

local prefix, suffix, fixed
local counter = 0

function init(args)
  local f = assert(io.open(args[1], "rb"))
  local body = f:read("*a")
  f:close()
  counter = tonumber(args[2]) or 0
  local i = body:find("@@N@@", 1, true)
  if i then
    prefix = body:sub(1, i - 1)
    suffix = body:sub(i + 5)
  else
    fixed = body
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  for j = 3, #args do
    local name, value = args[j]:match("^([^:]+):%s*(.*)$")
    wrk.headers[name] = value
  end
  if fixed then
    wrk.body = fixed
  end
end

function request()
  if fixed then
    return wrk.request()
  end
  counter = counter + 1
  return wrk.format(nil, nil, nil, prefix .. tostring(counter) .. suffix)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
