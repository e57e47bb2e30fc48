"""What machine a benchmark ran on, and process memory from /proc."""
from __future__ import annotations

import os
import platform
from pathlib import Path


def describe() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        total_kb = int(meminfo.read_text().split("\n")[0].split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GiB"
    return f"{platform.node() or 'host'}: {os.cpu_count()} cores {model}{memory}, Python {platform.python_version()}"


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").glob("*"):
            found += [int(child) for child in (task / "children").read_text().split()]
    except (FileNotFoundError, ProcessLookupError):  # the process (or a thread) has just ended
        pass
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        status = Path(f"/proc/{current}/status")
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (FileNotFoundError, ProcessLookupError):  # the process has just ended
            continue
        todo += _children(current)
    return total / 1024


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):  # the process has just ended
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by a process and all its descendants, in seconds."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += _cpu_seconds(current)
        todo += _children(current)
    return total
