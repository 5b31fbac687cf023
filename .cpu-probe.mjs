const m = process.argv[2];
const c0 = process.cpuUsage();
await import(m);
const c = process.cpuUsage(c0);
console.log(m, ((c.user + c.system) / 1000).toFixed(0), "ms CPU");
