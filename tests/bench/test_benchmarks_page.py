"""The benchmarks page names the machine each part ran on."""
from bench.report import _core_machine

HISTORY = [{"date": "2026-12-01T21:34", "machine": "vm: 2 cores AMD EPYC"},
           {"date": "2026-11-30T10:00", "machine": "vm: 2 cores Intel Xeon"}]


def test_the_core_results_keep_the_machine_they_ran_on_after_a_section_runs_elsewhere() -> None:
    results = {"core_date": "2026-12-01T21:34", "machine": "vm: 2 cores Intel Xeon"}
    assert _core_machine(results, HISTORY) == "vm: 2 cores AMD EPYC"


def test_a_recorded_core_machine_wins() -> None:
    results = {"core_date": "2026-12-01T21:34", "core_machine": "laptop", "machine": "vm: 2 cores Intel Xeon"}
    assert _core_machine(results, HISTORY) == "laptop"


def test_without_history_the_current_machine_is_named() -> None:
    assert _core_machine({"machine": "vm"}, []) == "vm"
