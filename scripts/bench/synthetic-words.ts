// Word pools for the synthetic benchmark catalogue: the vocabulary of the
// survey's titles and summaries, plus names and words outside ASCII, so the
// search index, the collator and the layout meet what a real catalogue holds.

/** Pieces of method names ("Co" + "Prompt" -> "CoPrompt"). */
// prettier-ignore
export const NAME_HEADS = [
  'Co', 'Vis', 'Prompt', 'Meta', 'Adv', 'Auto', 'Graph', 'Time', 'Cross', 'Dual', 'Multi', 'Soft',
  'Hyper', 'Mix', 'Steer', 'Black', 'Re', 'Uni', 'Omni', 'Tok', 'Patch', 'Frame', 'Sparse', 'Deep',
  'Pro', 'Kg', 'Lang', 'Spec', 'Wave', 'Mol', 'Tab', 'Aud', 'Seg', 'Det', 'Zero', 'Few', 'Lo', 'Hi',
] as const;
// prettier-ignore
export const NAME_TAILS = [
  'Prompt', 'Op', 'Tune', 'Adapter', 'VP', 'PT', 'Prog', 'Steer', 'Fix', 'Map', 'Net', 'Align',
  'Bridge', 'Former', 'Mix', 'Lens', 'Shift', 'Cast', 'Guide', 'Path', 'Tok', 'Gate', 'Probe',
  'Reprog', 'Chain', 'Plan', 'Query', 'Scope',
] as const;
// prettier-ignore
export const NAME_SUFFIXES = ['', '', '', '', '', '', 'v2', '++', '-L', '-X', '2', 'Lite', 'XL'] as const;

/** Title openings, each followed by a method phrase. */
// prettier-ignore
export const TITLE_LEADS = [
  'Learning to Prompt', 'Visual Prompt Tuning', 'Prompt Tuning', 'Model Reprogramming',
  'Reprogramming Pretrained Models', 'Parameter-Efficient Adaptation', 'In-Context Learning',
  'Chain-of-Thought Prompting', 'Soft Prompt Transfer', 'Black-Box Tuning', 'Prefix Tuning',
  'Activation Steering', 'Label Mapping', 'Instruction Prompting', 'Input Transformation',
  'Embedding Perturbation', 'Hidden-State Intervention', 'Output Alignment',
] as const;
// prettier-ignore
export const TITLE_LINKS = ['for', 'of', 'with', 'via', 'towards', 'beyond', 'in'] as const;
// prettier-ignore
export const TITLE_TARGETS = [
  'Vision-Language Models', 'Large Language Models', 'Frozen Image Classifiers',
  'Graph Neural Networks', 'Time-Series Forecasting', 'Speech Recognition', 'Protein Language Models',
  'Tabular Learners', 'Multimodal Transformers', 'Diffusion Models', 'Zero-Shot Transfer',
  'Few-Shot Classification', 'Domain Generalisation', 'Continual Learning', 'Robustness',
  'Open-Vocabulary Detection', 'Semantic Segmentation', 'Question Answering', 'Reasoning',
] as const;
/** Phrases that lengthen a title, so some reach the 250 characters long titles have. */
// prettier-ignore
export const TITLE_TAILS = [
  'under Distribution Shift and Limited Supervision',
  'with Attribute-Guided Context Optimisation across Modalities and Tasks',
  'a Unified View of Model Reprogramming, Prompt Tuning and Prompt Instruction',
  'Revisited: Theory, Benchmarks and Practical Recipes for Frozen Backbones',
  'at Scale, on Budget, and without Gradient Access to the Pre-trained Weights',
  'an Empirical Study over Twenty Downstream Datasets and Four Model Families',
] as const;
/** Words from other scripts that real titles carry (a Greek symbol, a CJK benchmark name). */
// prettier-ignore
export const FOREIGN_WORDS = [
  'λ-Prompt', 'τ-Operator', 'ω-Alignment', 'Δ-Tuning', 'μP', 'αβ-Mapping', 'Σ-Reprogramming',
  '中文', '提示学习', '視覚言語', 'プロンプト', '한국어', 'Ελληνικά', 'Ψ-Net', 'Ü-Bench', 'Café',
] as const;

/** Family names, some with letters outside ASCII, so folding and sorting are exercised. */
// prettier-ignore
export const FAMILY_NAMES = [
  'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma',
  'Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Kim', 'Park', 'Lee', 'Nguyen',
  'Tanaka', 'Suzuki', 'Sato', 'Singh', 'Kumar', 'Patel', 'Cohen', 'Rossi', 'Dubois', 'Novak',
  'Müller', 'Schröder', 'Akyürek', 'Gonçalves', 'Ramírez', 'Núñez', 'Łukasik', 'Dvořák',
  'Øvergård', 'Ångström', 'Nguyễn', 'Çelik', 'Şahin', 'Ferré', 'Søgaard', 'Papadopoulos',
  'Παπαδόπουλος', '王', '李', '山田', '김',
] as const;
// prettier-ignore
export const GIVEN_NAMES = [
  'Wei', 'Jing', 'Yu', 'Xin', 'Hao', 'Lei', 'Ming', 'Yan', 'Jun', 'Tao', 'Anna', 'James', 'Maria',
  'David', 'Sarah', 'Michael', 'Laura', 'Pin-Yu', 'Zesheng', 'Chengyi', 'Jianzhong', 'Feng',
  'Hiroshi', 'Yuki', 'Priya', 'Arjun', 'José', 'Zoë', 'Chloé', 'François', 'Jürgen', 'Søren',
  'Ekin', 'Łucja', 'Đorđe', 'Ναταλία', '小明', '太郎', '민준',
] as const;

/** Summary sentences; {name} is the method, {target} what it adapts. */
// prettier-ignore
export const SUMMARY_OPENINGS = [
  'Keeps a pre-trained {target} frozen and learns a small set of continuous prompt vectors prepended to the input embeddings',
  'Adds a trainable perturbation pattern around each input image of a frozen {target} and maps its source labels to the downstream classes',
  'Writes a fixed natural-language instruction with a few worked examples in front of each query to a frozen {target}',
  'Inserts learnable tokens into every hidden layer of a frozen {target} while leaving all backbone weights untouched',
  'Steers the hidden activations of a frozen {target} by adding a vector computed from contrasting prompt pairs',
  'Optimises a discrete prompt by black-box search over the outputs of a frozen {target}, using no gradients',
] as const;
// prettier-ignore
export const SUMMARY_CLOSINGS = [
  'and reports gains over linear probing and full fine-tuning on few-shot benchmarks.',
  'so one backbone serves many tasks with a few thousand parameters per task.',
  'and studies how the output alignment (identity, rule-based, statistical or linear) changes accuracy.',
  'and shows that {name} transfers across datasets, domains and model sizes.',
  'with a theoretical account of when reprogramming succeeds.',
] as const;

// prettier-ignore
export const TASKS = [
  'image classification', 'few-shot image classification', 'question answering', 'reasoning',
  'summarization', 'graph classification', 'time-series forecasting', 'speech recognition',
  'protein property prediction', 'open-vocabulary detection', 'semantic segmentation',
  'sentiment steering', 'text classification', 'image-text retrieval', 'domain generalisation',
] as const;
