"""A Helder with the WhatsApp and Telegram channels on, talking to fake Twilio and
Telegram APIs on 127.0.0.1 (the real SDK clients are pointed at them; the fakes are
fixtures in tests/conftest.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from fakes.helder_channels import ChannelHelder, channel_settings, helder_services

from bot.processes import isolated_settings, start_all, stop_all


@pytest.fixture(scope="session")
def helder_channels(trained_model: Path, tmp_path_factory, fake_twilio, fake_telegram) -> ChannelHelder:
    """Helder with both channels on, on free ports, its own tracker and channel databases."""
    workdir = tmp_path_factory.mktemp("helder-channels")
    settings = channel_settings(isolated_settings(workdir), workdir, fake_twilio.url, fake_telegram.url)
    services = helder_services(settings, trained_model, workdir)
    start_all(services)
    try:
        yield ChannelHelder(
            base_url=f"http://127.0.0.1:{settings.rasa_port}", tracker_url=settings.database_url, log_dir=workdir,
            app_database_url=settings.app_database_url,
            twilio=fake_twilio, telegram=fake_telegram,
        )
    finally:
        stop_all(services)
