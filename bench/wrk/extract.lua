-- wrk script: POST /api/extract-entities with a typical meeting note (about 400 characters).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"text":"Met with Priya Raman (VP Sales, Northwind Traders) on Tuesday. She wants a quote for 40 seats of the Analytics Suite by March 3rd, budget around $50k, maybe EUR 45,000 if billed from Berlin. Follow up at priya.raman@northwind.example or +1 415 555 0134 before 3 PM Friday. Also loop in Tomás from procurement; renewal is due next quarter.","referenceTime":"2026-11-25T09:00:00"}]]
