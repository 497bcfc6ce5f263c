import { iconProps } from './icons';

// Icons only the lazily loaded screens draw, kept apart so the app's chunk does not carry them.
export const CheckIcon = () => (
  <svg {...iconProps} width={32} height={32}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </svg>
);

export const ExternalIcon = () => (
  <svg {...iconProps} width={16} height={16} class="pb-flip-rtl">
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </svg>
);
