# Helder's image: one image for every Helder process; the container's command says which
# (`helder serve rasa|actions|inbox|worker`, the same command lines `make run` and
# `make run-prod` use, bot/processes.py). PostgreSQL, Redis and nginx use their own images
# (compose.yaml). See docs/deploy.md.
FROM python:3.10-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    RASA_TELEMETRY_ENABLED=false \
    HELDER_HOST=0.0.0.0 \
    HELDER_LOG_FORMAT=json

RUN apt-get update \
    && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 helder

WORKDIR /app
COPY --chown=helder:helder . /app
USER helder

# What `make model` does: the venv with the pinned packages, the blank Dutch spaCy
# pipeline, deduce's lookup cache, the anonymiser's name tagger (models/anonymiser/) and the
# trained model (models/helder.tar.gz), so a container
# starts without training. The models are part of the image: a new model is a new image.
RUN make model PYTHON=/usr/local/bin/python3.10 \
    && rm -rf /home/helder/.cache

ENV PATH=/app/.venv/bin:$PATH
EXPOSE 5005 5055 5056 5080
CMD ["helder", "serve", "rasa"]
