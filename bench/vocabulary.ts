/** Biomedical vocabulary for synthetic claim libraries: realistic term overlap, no real findings. */
export const VOCAB = {
  genes: `TP53 EGFR KRAS ALK MET HER2 BRAF PTEN MYC VEGFA IL6 IL8 IL10 IL17A IL1B TGFB1 TNF CXCL12 CCL2 PDL1 CTLA4 CD44 SOX2 OCT4 NANOG SNAI1 TWIST1 ZEB1 VIM CDH1 CDH2 FAP ACTA2 PDGFRB POSTN MMP2 MMP9 LOX HIF1A NRF2 STAT1 STAT3 STAT5 SMAD4 YAP1 TAZ NOTCH1 JAG1 WNT5A CTNNB1 GLI1 SHH AXL MERTK CSF1 CSF1R CCL5 CXCL1 CXCL8 CX3CL1 IL26 IL33 IL11 LIF OSM GDF15 SPP1 TNC COL1A1 FN1 THBS1 SERPINE1 ANGPT2 PGE2 IDO1 ARG1 NOS2`.split(' '),
  pathways: [
    'MAPK-ERK signalling', 'PI3K-AKT signalling', 'NF-kB signalling', 'Wnt/beta-catenin signalling', 'Notch signalling', 'Hedgehog signalling',
    'Hippo-YAP signalling', 'TGF-beta/SMAD signalling', 'JAK-STAT3 signalling', 'mTOR signalling', 'AMPK signalling', 'HIF-1 signalling',
    'cGAS-STING signalling', 'integrin-FAK signalling', 'Src kinase signalling', 'RhoA-ROCK signalling',
  ],
  cells: [
    'cancer-associated fibroblasts', 'tumour-associated macrophages', 'regulatory T cells', 'CD8 T cells', 'endothelial cells', 'neutrophils',
    'dendritic cells', 'astrocytes', 'microglia', 'pericytes', 'natural killer cells', 'B cells', 'myeloid-derived suppressor cells',
    'mesenchymal stem cells', 'adipocytes', 'platelets', 'osteoblasts', 'keratinocytes', 'hepatic stellate cells', 'Schwann cells',
  ],
  cancers: [
    'glioblastoma', 'breast cancer', 'colorectal cancer', 'pancreatic cancer', 'melanoma', 'non-small cell lung cancer', 'hepatocellular carcinoma',
    'ovarian cancer', 'prostate cancer', 'lymphoma', 'acute myeloid leukaemia', 'gastric cancer', 'bladder cancer', 'head and neck cancer',
    'renal cell carcinoma', 'oesophageal cancer', 'cholangiocarcinoma', 'medulloblastoma', 'osteosarcoma', 'thyroid cancer',
  ],
  processes: [
    'proliferation', 'migration', 'invasion', 'apoptosis', 'angiogenesis', 'autophagy', 'senescence', 'metastasis', 'epithelial-mesenchymal transition',
    'immune evasion', 'drug resistance', 'glycolysis', 'ferroptosis', 'DNA repair', 'stemness', 'extracellular matrix remodelling', 'hypoxia adaptation',
    'lipid metabolism', 'T cell exhaustion', 'vascular mimicry', 'dormancy', 'radioresistance', 'chemoresistance', 'anoikis resistance',
  ],
  therapies: [
    'cisplatin', 'paclitaxel', 'doxorubicin', 'temozolomide', 'gemcitabine', 'osimertinib', 'pembrolizumab', 'nivolumab', 'radiotherapy',
    'trastuzumab', 'sorafenib', 'bevacizumab', 'oxaliplatin', '5-fluorouracil', 'olaparib', 'palbociclib', 'enzalutamide', 'imatinib',
  ],
  raised: ['promoted', 'enhanced', 'increased', 'drove', 'accelerated', 'sustained', 'amplified', 'stimulated'],
  lowered: ['suppressed', 'inhibited', 'reduced', 'blocked', 'reversed', 'impaired', 'attenuated', 'abolished'],
  models: [
    'in mice', 'in patient-derived organoids', 'in patient tissue samples', 'in cell lines', 'in zebrafish embryos', 'in subcutaneous xenografts',
    'in orthotopic mouse models', 'in a retrospective patient cohort', 'in single-cell RNA sequencing data', 'in 3D co-culture',
  ],
};
