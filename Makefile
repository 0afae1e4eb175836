# Two commands for a fresh machine: `make demo` (build the sample index, answer sample questions)
# and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_INDEX ?= var/demo-index
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup demo test bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch first, pinned: an unpinned torch pulls gigabytes of CUDA packages
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[offline,test,onnx,bench]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(PY) -m index build --articles corpus --index-dir $(DEMO_INDEX)
	@for q in "Hva sa Peskov?" "Who says Putin asked Musk not to activate Starlink over Taiwan?" \
	          "Hva er kilden til at Musk er verdt 271 milliarder?" "Hva sa Bent Høie?"; do \
	    echo; echo "=== $$q"; $(PY) -m index ask --index-dir $(DEMO_INDEX) "$$q"; done

test: setup
	$(PY) -m pytest -q

SPLITS := dev dev2 dev3 dev4 dev5 dev6 dev7 dev8 dev9 dev10 dev11 dev12 dev13 dev14 dev15 dev16 dev17 dev18 dev19 dev20 dev21 dev22 dev23 dev24 dev25 dev26 dev27 dev28 dev29 dev30 dev31 dev32 dev33 dev34 dev35 dev36 dev37 dev38 dev39 dev40 dev41 dev42 dev43 dev44 dev45 dev46 dev47 dev48 dev49 dev50 dev51 dev52 dev53 dev54 dev55 dev56 dev57 dev58 dev59 dev60 dev61 dev62 dev63 dev64 dev65 dev66 dev67 dev68 holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24 holdout25 holdout26 holdout27 holdout28 holdout29 holdout30 holdout31 holdout32 holdout33 holdout34 holdout35 holdout36 holdout37 holdout38 holdout39 holdout40 holdout41 holdout42 holdout43 holdout44 holdout45 holdout46

eval: setup
	# the seed questions' labels describe the seed article alone (Xi Jinping is quoted elsewhere in corpus/)
	rm -rf var/seed-eval && mkdir -p var/seed-eval && cp -r corpus/seed var/seed-eval/
	$(PY) -m index eval --articles var/seed-eval --questions eval/seed_questions.jsonl
	@for split in $(SPLITS); do \
	    $(PY) -m index eval --articles corpus --questions eval/questions_$$split.jsonl \
	        --attributions eval/attributions_$$split.jsonl || exit 1; done

bench: setup
	$(PY) -m index bench --plot docs/bench.png

clean:
	rm -rf var .pytest_cache
